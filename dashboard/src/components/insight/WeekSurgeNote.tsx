import type { Summary } from '../../../../shared/schemas/summary.ts';
import { getFixFirst } from '../../api/insightApi.ts';
import { formatCount } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { viewQuery, type ViewFilterValues } from '../../state/viewFilters.ts';
import { FlagBadge } from './FlagBadge.tsx';
import { KIND_LABELS } from './problemText.ts';
import { localDay, shiftLocalDays } from '../../../../shared/time/localDays.ts';
import { useSiteTimeZone } from '../page/siteTimeZone.ts';

interface Props {
  siteKey: string;
  range: Pick<Summary, 'from' | 'to'>;
  filters: ViewFilterValues;
}

/** The last 7 local days of the range: a week against the week before shows a fresh incident that a month would dilute. */
export function lastWeekOf(range: Pick<Summary, 'from' | 'to'>, timeZone: string): { from: string; to: string } {
  const to = Date.parse(range.to);
  return { from: new Date(Math.max(Date.parse(range.from), shiftLocalDays(to, -7, timeZone))).toISOString(), to: range.to };
}

/**
 * The top problem of the week: the one hurting most customers among those new
 * or growing in the range's last 7 days (fix first's own flags), or nothing.
 */
export function WeekSurgeNote({ siteKey, range, filters }: Props) {
  const timeZone = useSiteTimeZone();
  const week = lastWeekOf(range, timeZone);
  const result = useRequest(
    (signal) => getFixFirst(siteKey, week, filters, { limit: 200 }, signal),
    [siteKey, viewQuery(week, filters).toString()],
  );
  const surge = result.data?.problems.find((problem) => problem.flag !== null);
  if (!surge) return null;
  // The overview's own site and filters, over the week's days (`to` is the last day shown, inclusive).
  const params = new URLSearchParams(location.search);
  params.set('from', localDay(Date.parse(week.from), timeZone));
  params.set('to', localDay(Date.parse(week.to) - 1, timeZone));
  const fixFirstLink = `/fix-first?${params}`;
  return (
    <p class="week-surge" role="note">
      <strong>This week:</strong> {surge.label}
      {surge.context && <span class="muted"> · {surge.context}</span>} <FlagBadge flag={surge.flag} />{' '}
      <span class="week-surge-figures">
        {formatCount(surge.impact)} customers hurt, {formatCount(surge.previous.impact)} the week before ({KIND_LABELS[surge.kind].toLowerCase()})
      </span>{' '}
      <a href={fixFirstLink}>See the week →</a>
    </p>
  );
}
