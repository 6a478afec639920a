import type { Loop } from '../../../../shared/schemas/loop.ts';
import { formatCount } from '../../format.ts';

/** Open cases by how long they have waited. */
export function BacklogBars({ backlog }: { backlog: Loop['backlog'] }) {
  const most = Math.max(1, ...backlog.map((b) => b.count));
  return (
    <ul class="backlog-bars" aria-label="Open cases by age">
      {backlog.map((b) => (
        <li key={b.label}>
          <span class="backlog-label">{b.label}</span>
          <span class="backlog-track" aria-hidden="true">
            <span class="backlog-bar" style={{ width: `${((b.count / most) * 100).toFixed(1)}%` }} />
          </span>
          <span class="backlog-count">{formatCount(b.count)}</span>
        </li>
      ))}
    </ul>
  );
}
