import type { Campaign } from '../../../../shared/schemas/campaigns.ts';
import { formatDateTime } from '../../format.ts';

const STATUS_LABELS: Record<Campaign['status'], string> = { draft: 'Draft', sending: 'Sending…', sent: 'Sent' };

/** The site's campaigns with their counts; each name opens the campaign. */
export function CampaignTable({ siteKey, campaigns }: { siteKey: string; campaigns: Campaign[] }) {
  return (
    <div class="campaign-table-wrap">
      <table class="campaign-table" aria-label="Campaigns">
        <thead>
          <tr>
            <th scope="col">Campaign</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">Recipients</th>
            <th scope="col" class="num">Sent</th>
            <th scope="col" class="num">Answered</th>
            <th scope="col" class="num">Unsubscribed</th>
            <th scope="col" class="num">Failed</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={c.slug}>
              <th scope="row">
                <a href={`/campaign?site=${encodeURIComponent(siteKey)}&campaign=${encodeURIComponent(c.slug)}`}>{c.name}</a>
                <span class="muted campaign-sub">
                  {c.survey} · {c.sentAt ? `sent ${formatDateTime(c.sentAt)}` : `created ${formatDateTime(c.createdAt)}`}
                </span>
              </th>
              <td data-label="Status">
                <span class={`campaign-status is-${c.status}`}>{STATUS_LABELS[c.status]}</span>
              </td>
              <td class="num" data-label="Recipients">{c.counts.recipients}</td>
              <td class="num" data-label="Sent">{c.counts.sent + c.counts.answered}</td>
              <td class="num" data-label="Answered">{c.counts.answered}</td>
              <td class="num" data-label="Unsubscribed">{c.counts.unsubscribed}</td>
              <td class="num" data-label="Failed">{c.counts.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
