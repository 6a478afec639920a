import { SIGN_IN_PATH } from './navigation.ts';
import { AbandonmentPage } from './pages/Abandonment.tsx';
import { ApiTokensPage } from './pages/ApiTokens.tsx';
import { CampaignPage } from './pages/Campaign.tsx';
import { CampaignsPage } from './pages/Campaigns.tsx';
import { CasePage } from './pages/Case.tsx';
import { ChannelsPage } from './pages/Channels.tsx';
import { ChangePasswordPage } from './pages/ChangePassword.tsx';
import { FixFirstPage } from './pages/FixFirst.tsx';
import { ImportPage } from './pages/Import.tsx';
import { InboxPage } from './pages/Inbox.tsx';
import { JourneyMapPage } from './pages/JourneyMap.tsx';
import { LoopPage } from './pages/Loop.tsx';
import { OverviewPage } from './pages/Overview.tsx';
import { RoutingPage } from './pages/Routing.tsx';
import { SentMailPage } from './pages/SentMail.tsx';
import { SignInPage } from './pages/SignIn.tsx';
import { SiteSettingsPage } from './pages/SiteSettings.tsx';
import { TeamPage } from './pages/Team.tsx';
import { SurveysPage } from './pages/Surveys.tsx';
import { ThemesPage } from './pages/Themes.tsx';
import { TouchpointsPage } from './pages/Touchpoints.tsx';
import { WebhooksPage } from './pages/Webhooks.tsx';

/** The collector serves this same page at `/`, `/login` and each view's path; the path picks the screen. */
export function App() {
  if (location.pathname === SIGN_IN_PATH) return <SignInPage />;
  if (location.pathname === '/team') return <TeamPage />;
  if (location.pathname === '/api-tokens') return <ApiTokensPage />;
  if (location.pathname === '/password') return <ChangePasswordPage />;
  if (location.pathname === '/journeys') return <AbandonmentPage />;
  if (location.pathname === '/journey-map') return <JourneyMapPage />;
  if (location.pathname === '/fix-first') return <FixFirstPage />;
  if (location.pathname === '/channels') return <ChannelsPage />;
  if (location.pathname === '/themes') return <ThemesPage />;
  if (location.pathname === '/touchpoints') return <TouchpointsPage />;
  if (location.pathname === '/surveys') return <SurveysPage />;
  if (location.pathname === '/webhooks') return <WebhooksPage />;
  if (location.pathname === '/import') return <ImportPage />;
  if (location.pathname === '/inbox') return <InboxPage />;
  if (location.pathname === '/case') return <CasePage />;
  if (location.pathname === '/loop') return <LoopPage />;
  if (location.pathname === '/routing') return <RoutingPage />;
  if (location.pathname === '/sent-mail') return <SentMailPage />;
  if (location.pathname === '/site-settings') return <SiteSettingsPage />;
  if (location.pathname === '/campaigns') return <CampaignsPage />;
  if (location.pathname === '/campaign') return <CampaignPage />;
  return <OverviewPage />;
}
