import { SIGN_IN_PATH } from './navigation.ts';
import { OverviewPage } from './pages/Overview.tsx';
import { SignInPage } from './pages/SignIn.tsx';

/** The collector serves this same page at `/` and `/login`; the path picks the screen. */
export function App() {
  return location.pathname === SIGN_IN_PATH ? <SignInPage /> : <OverviewPage />;
}
