import type { Delivery } from '../../../../shared/schemas/webhook.ts';

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }) : '—';
}

/** Every attempt, newest first: what was sent, what came back, and when it is tried next. */
export function DeliveryLog({ deliveries, busy, onReplay }: { deliveries: Delivery[]; busy: boolean; onReplay: (eventId: string) => void }) {
  // Replay is offered on each event's latest attempt, when that one did not deliver.
  const latest = new Set<Delivery>();
  const seen = new Set<string>();
  for (const d of deliveries) {
    if (!seen.has(d.eventId)) latest.add(d);
    seen.add(d.eventId);
  }
  if (deliveries.length === 0) return <p class="muted webhooks-empty">No deliveries yet. Send a test event to try the destination.</p>;
  return (
    <div class="account-table-wrap">
      <table class="account-table webhook-log" aria-label="Delivery log">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Attempt</th>
            <th scope="col">Status</th>
            <th scope="col" class="col-hide-narrow">
              Answer
            </th>
            <th scope="col" class="col-actions">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={`${d.eventId}-${d.attempt}`} data-status={d.status}>
              <td class="col-nowrap">{when(d.at)}</td>
              <td>
                <span class="webhook-type">{d.type}</span>
                <code class="webhook-event-id">{d.eventId}</code>
              </td>
              <td>{d.attempt === 0 ? 'queued' : `#${d.attempt}`}</td>
              <td>
                <span class={`webhook-status webhook-status-${d.status}`}>{d.status}</span>
                {d.httpStatus !== null && <span class="webhook-http"> HTTP {d.httpStatus}</span>}
                {d.latencyMs !== null && <span class="muted"> · {d.latencyMs} ms</span>}
                {d.nextAttemptAt && <span class="muted webhook-next">next {when(d.nextAttemptAt)}</span>}
              </td>
              <td class="col-hide-narrow webhook-answer">{d.error ?? d.responseExcerpt ?? ''}</td>
              <td class="col-actions">
                {latest.has(d) && d.status !== 'delivered' && d.attempt > 0 && (
                  <button type="button" class="button" disabled={busy} onClick={() => onReplay(d.eventId)} aria-label={`Replay ${d.eventId}`}>
                    Replay
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
