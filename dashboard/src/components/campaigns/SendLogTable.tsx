import { useState } from 'preact/hooks';
import type { RecipientState } from '../../../../shared/schemas/campaigns.ts';
import { campaignLog } from '../../api/campaignsApi.ts';
import { formatDateTime } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';

const PAGE = 100;
const STATE_LABELS: Record<RecipientState, string> = {
  queued: 'Not sent yet',
  sending: 'Waiting (pace)',
  sent: 'Sent',
  written: 'Not delivered (.eml)',
  failed: 'Failed',
  suppressed: 'Unsubscribed before',
  answered: 'Answered',
  unsubscribed: 'Unsubscribed',
};

/** Each recipient in list order: where they stand, when the invitation and the reminder went. */
export function SendLogTable({ siteKey, slug, version }: { siteKey: string; slug: string; version: number }) {
  const [limit, setLimit] = useState(PAGE);
  const log = useRequest((signal) => campaignLog(siteKey, slug, limit, signal), [siteKey, slug, limit, version]);
  return (
    <section class="panel card" aria-labelledby="log-title">
      <div class="panel-head">
        <h2 id="log-title">Send log</h2>
      </div>
      {log.error && <ErrorNotice title="Could not load the send log" error={log.error} onRetry={log.retry} />}
      {log.data && log.data.recipients.length === 0 && <p class="muted">No recipients yet: upload a list.</p>}
      {log.data && log.data.recipients.length > 0 && (
        <div class="campaign-table-wrap">
          <table class="campaign-table" aria-label="Recipients">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Language</th>
                <th scope="col">State</th>
                <th scope="col">Invited</th>
                <th scope="col">Reminded</th>
              </tr>
            </thead>
            <tbody>
              {log.data.recipients.map((r) => (
                <tr key={r.email}>
                  <th scope="row">
                    {r.email}
                    {r.name && <span class="muted campaign-sub">{r.name}</span>}
                  </th>
                  <td data-label="Language">{r.lang ?? '—'}</td>
                  <td data-label="State">
                    <span class={`campaign-status is-${r.state}`}>{STATE_LABELS[r.state]}</span>
                    {r.error && <span class="form-problem campaign-sub">{r.error}</span>}
                  </td>
                  <td data-label="Invited">{r.invitedAt ? formatDateTime(r.invitedAt) : '—'}</td>
                  <td data-label="Reminded">{r.remindedAt ? formatDateTime(r.remindedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {log.data.more && (
            <button type="button" class="button show-more" onClick={() => setLimit(limit + PAGE)}>
              Show more
            </button>
          )}
        </div>
      )}
    </section>
  );
}
