import type { Summary } from '../../../../shared/schemas/summary.ts';
import { countCases, getLoop } from '../../api/casesApi.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { viewQuery, type ViewFilterValues } from '../../state/viewFilters.ts';
import { loopFigures } from './loopFigures.ts';

interface Props {
  siteKey: string;
  range: Pick<Summary, 'from' | 'to'>;
  filters: ViewFilterValues;
}

/** The first screen's view of the loop: cases open and overdue now, and this period's close-the-loop rate. */
export function LoopGlanceCard({ siteKey, range, filters }: Props) {
  const counts = useRequest((signal) => countCases(siteKey, signal), [siteKey]);
  const loop = useRequest((signal) => getLoop(siteKey, range, filters, signal), [siteKey, viewQuery(range, filters).toString()]);
  const c = counts.data?.counts;
  const rate = loop.data && loopFigures(loop.data, loop.data.previous)[0];
  const search = location.search;
  const failed = counts.error ?? loop.error;
  return (
    <section class="panel card loop-glance" aria-labelledby="loop-glance-title">
      <h2 id="loop-glance-title" class="visually-hidden">
        Cases and the loop
      </h2>
      {failed ? (
        <p class="muted">Could not load the cases: {failed.message}</p>
      ) : (
        <dl class="loop-glance-figures">
          <div>
            <dt>Open cases</dt>
            <dd>{c ? formatCount(c.new + c.in_progress + c.waiting_on_customer) : '…'}</dd>
          </div>
          <div>
            <dt>Overdue</dt>
            <dd class={c && c.overdue > 0 ? 'is-overdue' : undefined}>{c ? formatCount(c.overdue) : '…'}</dd>
          </div>
          <div>
            <dt>Close-the-loop rate</dt>
            <dd>
              {loop.data ? formatPercent(loop.data.closeLoopRate) : '…'}
              {rate?.change && <span class={`loop-figure-change tone-${rate.tone}`}> {rate.change}</span>}
            </dd>
          </div>
        </dl>
      )}
      <p class="loop-glance-links">
        <a href={`/inbox${search}`}>Inbox →</a> <a href={`/loop${search}`}>Loop →</a>
      </p>
    </section>
  );
}
