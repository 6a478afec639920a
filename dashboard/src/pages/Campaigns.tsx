import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import { listCampaigns } from '../api/campaignsApi.ts';
import { CampaignTable } from '../components/campaigns/CampaignTable.tsx';
import { NewCampaignForm } from '../components/campaigns/NewCampaignForm.tsx';
import { SuppressionList } from '../components/campaigns/SuppressionList.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SiteParamPage } from '../components/page/SiteParamPage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { useRequest } from '../hooks/useRequest.ts';
import '../components/campaigns/campaigns.css';
import '../styles/page.css';

/** The campaign's page, where its list is uploaded, previewed and sent. */
const campaignHref = (siteKey: string, slug: string) => `/campaign?site=${encodeURIComponent(siteKey)}&campaign=${encodeURIComponent(slug)}`;

/** `/campaigns`: the site's e-mail survey campaigns with their counts, a new one, and the suppression list. */
export function CampaignsPage() {
  return <SiteParamPage>{(site) => <SiteCampaigns key={site.key} site={site} />}</SiteParamPage>;
}

function SiteCampaigns({ site }: { site: Site }) {
  usePageTitle('Campaigns', site.name);
  const campaigns = useRequest((signal) => listCampaigns(site.key, signal), [site.key]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Campaigns</h1>
          <p class="muted">
            {site.name} · invite customers by e-mail to answer a survey: one click on a score answers the first question. Sent at a steady pace, with one
            reminder at most and a one-click unsubscribe.
          </p>
        </div>
        {!creating && (
          <button type="button" class="button button-primary needs-member" onClick={() => setCreating(true)}>
            New campaign
          </button>
        )}
      </div>
      {creating && <NewCampaignForm siteKey={site.key} onCreated={(c) => location.assign(campaignHref(site.key, c.slug))} onCancel={() => setCreating(false)} />}
      {campaigns.error && <ErrorNotice title="Could not load the campaigns" error={campaigns.error} onRetry={campaigns.retry} />}
      {!campaigns.data ? (
        !campaigns.error && <LoadingState label="Loading campaigns…" />
      ) : campaigns.data.campaigns.length === 0 ? (
        <section class="panel card">
          <p class="empty-note">No campaigns yet. Create one, upload a list of customers, preview the mail and send it.</p>
        </section>
      ) : (
        <section class="panel card" aria-label="Campaigns">
          <CampaignTable siteKey={site.key} campaigns={campaigns.data.campaigns} />
        </section>
      )}
      <SuppressionList siteKey={site.key} />
    </>
  );
}
