import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import type { CreatedWebhook } from '../../../shared/schemas/webhook.ts';
import { listWebhooks } from '../api/webhooksApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SiteParamPage } from '../components/page/SiteParamPage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { NewWebhookForm } from '../components/webhooks/NewWebhookForm.tsx';
import { SecretNotice } from '../components/webhooks/SecretNotice.tsx';
import { WebhookCard } from '../components/webhooks/WebhookCard.tsx';
import { useRequest } from '../hooks/useRequest.ts';
import '../components/webhooks/webhooks.css';

/** `/webhooks` (admins): where a site's events go, and every delivery to each destination. */
export function WebhooksPage() {
  return <SiteParamPage>{(site) => <SiteWebhooks key={site.key} site={site} />}</SiteParamPage>;
}

function SiteWebhooks({ site }: { site: Site }) {
  usePageTitle('Webhooks & alerts', site.name);
  const [version, setVersion] = useState(0);
  const webhooks = useRequest((signal) => listWebhooks(site.key, signal), [site.key, version]);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const reload = () => setVersion((n) => n + 1);
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Webhooks &amp; alerts</h1>
          <p class="muted">
            {site.name} · send feedback, cases, flagged problems and the weekly digest to Slack or any HTTPS endpoint. Every delivery is signed
            (Standard Webhooks), retried for about three days, and listed here.
          </p>
        </div>
      </div>
      <NewWebhookForm
        siteKey={site.key}
        onCreated={(webhook) => {
          setCreated(webhook);
          reload();
        }}
      />
      {created && <SecretNotice webhook={created} onDone={() => setCreated(null)} />}
      {webhooks.error && <ErrorNotice title="Could not load the webhooks" error={webhooks.error} onRetry={webhooks.retry} />}
      {!webhooks.data ? (
        !webhooks.error && <LoadingState label="Loading webhooks…" />
      ) : webhooks.data.webhooks.length === 0 ? (
        <p class="muted webhooks-empty">No destinations yet. Add one above.</p>
      ) : (
        webhooks.data.webhooks.map((webhook) => <WebhookCard key={webhook.id} siteKey={site.key} webhook={webhook} onChanged={reload} />)
      )}
    </>
  );
}
