import { useEffect, useState } from 'preact/hooks';
import type { Webhook } from '../../../../shared/schemas/webhook.ts';
import { ApiError } from '../../api/ApiError.ts';
import { deleteWebhook, listDeliveries, replayDeliveries, sendTestEvent, setWebhookDisabled } from '../../api/webhooksApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { DeliveryLog } from './DeliveryLog.tsx';

/** The log refreshes itself this often while the page is open: attempts happen in the background. */
const REFRESH_MS = 3000;

/** One destination: its settings, its actions, and its delivery log. */
export function WebhookCard({ siteKey, webhook, onChanged }: { siteKey: string; webhook: Webhook; onChanged: () => void }) {
  const [tick, setTick] = useState(0);
  const log = useRequest((signal) => listDeliveries(siteKey, webhook.id, signal), [siteKey, webhook.id, tick]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const act = async (work: () => Promise<string>, changesList = false) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
      setTick((n) => n + 1);
      if (changesList) onChanged();
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const failed = log.data?.deliveries.some((d) => d.status === 'failed') ?? false;
  const titleId = `webhook-${webhook.id}-title`;

  return (
    <section class="panel card webhook-card" aria-labelledby={titleId}>
      <div class="panel-head webhook-head">
        <div>
          <h2 id={titleId} class="webhook-url-title">
            {webhook.url}
          </h2>
          <p class="muted panel-note">
            {webhook.kind === 'slack' ? 'Slack' : 'Signed webhook'} · {webhook.events.join(', ')}
            {webhook.filters.ratings && ` · ratings ${webhook.filters.ratings.join(', ')}`}
            {webhook.filters.touchpoints && ` · touchpoints ${webhook.filters.touchpoints.join(', ')}`}
            {!webhook.includeText && ' · without shopper text'}
          </p>
          {webhook.disabled && <p class="webhook-disabled">Disabled: {webhook.disabledReason}</p>}
        </div>
        <div class="webhook-actions">
          <button type="button" class="button" disabled={busy || webhook.disabled} onClick={() => act(async () => (await sendTestEvent(siteKey, webhook.id), 'Test event queued.'))}>
            Send test event
          </button>
          <button
            type="button"
            class="button"
            disabled={busy || !failed}
            onClick={() => act(async () => `${(await replayDeliveries(siteKey, webhook.id)).eventIds.length} failed deliveries queued again.`, true)}
          >
            Replay all failed
          </button>
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => act(async () => (await setWebhookDisabled(siteKey, webhook.id, !webhook.disabled), webhook.disabled ? 'Enabled.' : 'Disabled.'), true)}
          >
            {webhook.disabled ? 'Enable' : 'Disable'}
          </button>
          {confirmDelete ? (
            <button type="button" class="button button-confirm-remove" disabled={busy} onClick={() => act(async () => (await deleteWebhook(siteKey, webhook.id), 'Deleted.'), true)}>
              Delete for good
            </button>
          ) : (
            <button type="button" class="button button-quiet" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          )}
        </div>
      </div>
      <p class="webhook-message" role="status">
        {message}
      </p>
      {log.error && <ErrorNotice title="Could not load the delivery log" error={log.error} onRetry={log.retry} />}
      {log.data && (
        <DeliveryLog
          deliveries={log.data.deliveries}
          busy={busy}
          onReplay={(eventId) => act(async () => (await replayDeliveries(siteKey, webhook.id, [eventId]), `${eventId} queued again.`), true)}
        />
      )}
    </section>
  );
}
