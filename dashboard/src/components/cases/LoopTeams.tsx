import type { Loop } from '../../../../shared/schemas/loop.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { formatHours } from './loopFigures.ts';

/** Response and resolution times per team, with the share within SLA. */
export function LoopTeams({ teams }: { teams: Loop['teams'] }) {
  if (teams.length === 0) return <p class="empty-note muted">No team had a case in this period.</p>;
  return (
    // Focusable so a keyboard can scroll it sideways on a phone.
    <div class="loop-table-wrap" tabIndex={0} role="region" aria-label="Times per team">
      <table class="loop-table" aria-label="Per team">
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Cases</th>
            <th scope="col">First response median / p90</th>
            <th scope="col">Resolution median / p90</th>
            <th scope="col">Within SLA</th>
            <th scope="col">Overdue</th>
            <th scope="col">Told</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) => (
            <tr key={t.team}>
              <th scope="row">{t.name}</th>
              <td>{formatCount(t.cases)}</td>
              <td>
                {formatHours(t.firstResponse.median)} / {formatHours(t.firstResponse.p90)}
              </td>
              <td>
                {formatHours(t.resolution.median)} / {formatHours(t.resolution.p90)}
              </td>
              <td>{formatPercent(t.withinSla)}</td>
              <td>{formatCount(t.overdue)}</td>
              <td>{formatPercent(t.toldRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
