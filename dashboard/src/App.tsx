import { SIGN_IN_PATH } from './navigation.ts';
import { AbandonmentPage } from './pages/Abandonment.tsx';
import { FixFirstPage } from './pages/FixFirst.tsx';
import { JourneyMapPage } from './pages/JourneyMap.tsx';
import { OverviewPage } from './pages/Overview.tsx';
import { SignInPage } from './pages/SignIn.tsx';
import { TouchpointsPage } from './pages/Touchpoints.tsx';

/** The collector serves this same page at `/`, `/login` and each view's path; the path picks the screen. */
export function App() {
  if (location.pathname === SIGN_IN_PATH) return <SignInPage />;
  if (location.pathname === '/journeys') return <AbandonmentPage />;
  if (location.pathname === '/journey-map') return <JourneyMapPage />;
  if (location.pathname === '/fix-first') return <FixFirstPage />;
  if (location.pathname === '/touchpoints') return <TouchpointsPage />;
  return <OverviewPage />;
}
