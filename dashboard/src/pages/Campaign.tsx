import { useEffect, useState } from 'preact/hooks';
import type { Campaign } from '../../../shared/schemas/campaigns.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import { ApiError } from '../api/ApiError.ts';
import { deleteCampaign, getCampaign, remindCampaign, sendCampaign } from '../api/campaignsApi.ts';
import { ConfirmAction } from '../components/editor/ConfirmAction.tsx';
import { CampaignPreviewPane } from '../components/campaigns/CampaignPreviewPane.tsx';
import { RecipientUpload } from '../components/campaigns/RecipientUpload.tsx';
import { SendLogTable } from '../components/campaigns/SendLogTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { formatDateTime } from '../format.ts';
import { useRequest } from '../hooks/useRequest.ts';
import '../components/campaigns/campaigns.css';
import '../styles/page.css';

/** How often a campaign being sent is read again: the throttle releases mail minute by minute. */
const REFRESH_MS = 5000;

/** `/campaign?site&campaign`: one campaign: its list, the preview per language, send, the reminder, progress and the send log. */
export function CampaignPage() {
  const params = new URLSearchParams(location.search);
  const slug = params.get('campaign') ?? '';
  return (
    <SitePage wanted={params.get('site') ?? undefined} onSelectSite={(key) => location.assign(`/campaigns?site=${encodeURIComponent(key)}`)}>
      {(site) => <SiteCampaign key={site.key} site={site} slug={slug} />}
    </SitePage>
  );
}

function SiteCampaign({ site, slug }: { site: Site; slug: string }) {
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const campaign = useRequest((signal) => getCampaign(site.key, slug, signal), [site.key, slug, version]);
  usePageTitle(campaign.data?.name ?? 'Campaign', site.name);
  const sending = campaign.data?.status === 'sending';
  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [sending]);

  if (campaign.error) return <ErrorNotice title="Could not load the campaign" error={campaign.error} onRetry={campaign.retry} />;
  if (!campaign.data) return <LoadingState label="Loading the campaign…" />;
  const c = campaign.data;
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <p class="muted">
            <a href={`/campaigns?site=${encodeURIComponent(site.key)}`}>Campaigns</a>
          </p>
          <h1>{c.name}</h1>
          <p class="muted">
            Survey <code>{c.survey}</code> · {c.throttlePerMinute} a minute · {c.reminderAfterDays ? `reminder after ${c.reminderAfterDays} days` : 'no automatic reminder'}
            {c.sentAt && ` · sent ${formatDateTime(c.sentAt)}`}
          </p>
        </div>
      </div>
      <CampaignFigures campaign={c} />
      <CampaignActions siteKey={site.key} campaign={c} onChanged={reload} />
      <RecipientUpload siteKey={site.key} slug={c.slug} onUploaded={reload} />
      <CampaignPreviewPane siteKey={site.key} campaign={c} />
      <SendLogTable siteKey={site.key} slug={c.slug} version={version} />
    </>
  );
}

function CampaignFigures({ campaign }: { campaign: Campaign }) {
  const { counts } = campaign;
  const figures: [string, number][] = [
    ['Recipients', counts.recipients],
    ['Not sent yet', counts.queued],
    ['Waiting (pace)', counts.waiting],
    ['Sent', counts.sent + counts.answered],
    ['Answered', counts.answered],
    ['Unsubscribed', counts.unsubscribed + counts.suppressed],
    ['Failed', counts.failed],
    // Without an SMTP server mail is kept as .eml files: say so rather than count it sent.
    ...(counts.written > 0 ? ([['Not delivered (.eml)', counts.written]] as [string, number][]) : []),
  ];
  return (
    <section class="panel card" aria-label="Progress">
      <dl class="campaign-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt class="muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function CampaignActions({ siteKey, campaign, onChanged }: { siteKey: string; campaign: Campaign; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await action(), problem: false });
      onChanged();
    } catch (error) {
      setMessage({ text: error instanceof ApiError ? error.message : 'That did not work. Try again.', problem: true });
    } finally {
      setBusy(false);
    }
  };
  const toInvite = campaign.counts.queued;
  return (
    <section class="panel card campaign-actions needs-member" aria-label="Actions">
      {/* Mail cannot be called back: sending and reminding ask first, like deleting. */}
      <ConfirmAction
        label={
          toInvite === 0
            ? campaign.sentAt
              ? 'Everyone on the list is invited'
              : 'Upload a list to send'
            : `Send to ${toInvite}${campaign.sentAt ? ' new' : ''} ${toInvite === 1 ? 'recipient' : 'recipients'}`
        }
        question={`Send the invitations now, ${campaign.throttlePerMinute} a minute? Mail cannot be called back.`}
        confirmLabel="Send"
        busy={busy}
        disabled={toInvite === 0}
        class="button-primary"
        onConfirm={() =>
          void run(async () => {
            const r = await sendCampaign(siteKey, campaign.slug);
            return `${r.queued} ${r.queued === 1 ? 'invitation' : 'invitations'} queued${r.skipped ? `, ${r.skipped} unsubscribed skipped` : ''}${r.lastAt ? `; the last goes out ${formatDateTime(r.lastAt)}` : ''}.`;
          })
        }
      />
      <ConfirmAction
        label={campaign.remindedAt ? `Reminded ${formatDateTime(campaign.remindedAt)}` : 'Send the reminder now'}
        question="Remind everyone who has neither answered nor unsubscribed? A campaign sends one reminder."
        confirmLabel="Send reminder"
        busy={busy}
        disabled={!campaign.sentAt || campaign.remindedAt !== null}
        class=""
        onConfirm={() =>
          void run(async () => {
            const r = await remindCampaign(siteKey, campaign.slug);
            return `${r.queued} ${r.queued === 1 ? 'reminder' : 'reminders'} queued.`;
          })
        }
      />
      <ConfirmAction
        label="Delete campaign"
        question="Delete the campaign, its recipients’ addresses and its mail? Answers stay."
        confirmLabel="Delete"
        danger
        busy={busy}
        onConfirm={() =>
          void run(async () => {
            await deleteCampaign(siteKey, campaign.slug);
            location.assign(`/campaigns?site=${encodeURIComponent(siteKey)}`);
            return 'Deleted.';
          })
        }
      />
      {message && (
        <p class={message.problem ? 'form-problem' : 'muted'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
