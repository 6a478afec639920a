import { countCases } from '../../api/casesApi.ts';
import { formatCount } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';

/** The open cases beside "Inbox" in the navigation, overdue ones called out; nothing while unknown. */
export function OpenCasesCount({ siteKey }: { siteKey: string }) {
  const result = useRequest((signal) => countCases(siteKey, signal), [siteKey]);
  const counts = result.data?.counts;
  if (!counts) return null;
  const open = counts.new + counts.in_progress + counts.waiting_on_customer;
  return (
    <>
      <span class="nav-count" aria-hidden="true">
        {formatCount(open)}
      </span>
      <span class="visually-hidden">
        {`: ${formatCount(open)} open`}
        {counts.overdue > 0 && `, ${formatCount(counts.overdue)} overdue`}
      </span>
      {counts.overdue > 0 && (
        <span class="nav-count is-overdue" aria-hidden="true" title={`${formatCount(counts.overdue)} overdue`}>
          {formatCount(counts.overdue)}
        </span>
      )}
    </>
  );
}
