import type { DeviationBucket, EndEffect, NpsByEnd } from '../../../../shared/schemas/peakEnd.ts';
import type { SummaryRange } from '../../state/viewFilters.ts';
import { getPeakEnd } from '../../api/themesApi.ts';
import { viewQuery, type ViewFilterValues } from '../../state/viewFilters.ts';
import { formatCount } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { ScoreFigure } from './ScoreFigure.tsx';
import '../PagesTable.css';
import './PeakEndCard.css';

interface Props {
  siteKey: string;
  range: SummaryRange;
  filters: ViewFilterValues;
}

const signed = (delta: number) => (delta > 0 ? `+${delta}` : delta < 0 ? `\u2212${Math.abs(delta)}` : '0');

/** Visits by moment − mean as columns; heights set through the CSSOM (the CSP allows no style attributes). */
function DeviationBars({ buckets, label }: { buckets: DeviationBucket[]; label: string }) {
  const most = Math.max(1, ...buckets.map((b) => b.visits));
  return (
    <figure class="deviation">
      <figcaption class="field-label">{label}</figcaption>
      <ol class="deviation-bars" aria-label={label}>
        {buckets.map((b) => (
          <li key={b.delta} class={b.delta < 0 ? 'is-below' : b.delta > 0 ? 'is-above' : 'is-same'} title={`${formatCount(b.visits)} visits`}>
            <span class="deviation-bar" style={{ height: `${Math.max(2, (b.visits / most) * 100)}%` }} />
            <span class="deviation-delta">{signed(b.delta)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

const EFFECT_LABELS: Record<EndEffect, string> = {
  sinks: 'End sank the visit',
  level: 'End about its average',
  lifts: 'End lifted the visit',
};

/** NPS of visits by what their end did to them: does a bad last moment cost recommendations? */
function NpsByEndTable({ rows, visits }: { rows: NpsByEnd[]; visits: number }) {
  if (visits === 0) return <p class="empty-note muted">None of these visits answered an NPS survey.</p>;
  return (
    <table class="pages-table" aria-label="NPS by how the visit ended">
      <caption class="field-label">
        NPS by how the visit ended ({formatCount(visits)} visits answered NPS)
      </caption>
      <thead>
        <tr>
          <th scope="col" class="col-path">
            Visits whose end…
          </th>
          <th scope="col" class="col-number">
            Answered NPS
          </th>
          <th scope="col" class="col-number">
            NPS
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.end}>
            <th scope="row" class="col-path">
              {EFFECT_LABELS[row.end]}
            </th>
            <td class="col-number">{formatCount(row.nps.n)}</td>
            <td class="col-number">
              <ScoreFigure kind="nps" result={row.nps} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Peak–end: whether the end of a visit (confirmation, post-purchase, giving up) lifts or sinks the whole of it. */
export function PeakEndCard({ siteKey, range, filters }: Props) {
  const query = viewQuery(range, filters).toString();
  const result = useRequest((signal) => getPeakEnd(siteKey, range, filters, signal), [siteKey, query]);
  const data = result.data;
  return (
    <section class="panel card peak-end" aria-labelledby="peak-end-title">
      <div class="panel-head">
        <h2 id="peak-end-title">Peak and end of visits</h2>
        <p class="muted panel-note">
          Visits with two or more ratings (page ratings, CSAT and CES answers on the 1–5 scale){data ? ` · ${formatCount(data.visits)} visits, ${formatCount(data.abandonedEnds)} ended by giving up (counted as 1)` : ''}
        </p>
      </div>
      {result.error && <ErrorNotice title="Could not load peak and end" error={result.error} onRetry={result.retry} />}
      {data && !result.error ? (
        data.visits === 0 ? (
          <p class="empty-note muted">No visit gave two ratings in this range.</p>
        ) : (
          <>
            <p class="peak-end-shares">
              <span>
                End sinks the visit (½ point or more below its average): <ScoreFigure kind="csat" result={data.endBelowMean} />
              </span>
              <span>
                End lifts it: <ScoreFigure kind="csat" result={data.endAboveMean} />
              </span>
            </p>
            <div class="deviation-pair">
              <DeviationBars buckets={data.endMinusMean} label="End − visit average" />
              <DeviationBars buckets={data.peakMinusMean} label="Peak (most extreme) − visit average" />
            </div>
            <table class="pages-table" aria-label="End rating by stage">
              <thead>
                <tr>
                  <th scope="col" class="col-path">
                    Visit ended in
                  </th>
                  <th scope="col" class="col-number">
                    Visits
                  </th>
                  <th scope="col" class="col-number">
                    End rating
                  </th>
                  <th scope="col" class="col-number">
                    Visit average
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.endByStage.map((row) => (
                  <tr key={row.stage ?? 'none'}>
                    <th scope="row" class="col-path">
                      {row.name}
                    </th>
                    <td class="col-number">{formatCount(row.visits)}</td>
                    <td class="col-number">
                      <ScoreFigure kind="avgRating" result={row.endRating} />
                    </td>
                    <td class="col-number">
                      <ScoreFigure kind="avgRating" result={row.visitRating} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <NpsByEndTable rows={data.npsByEnd} visits={data.npsVisits} />
          </>
        )
      ) : (
        !result.error && <LoadingState label="Loading peak and end…" />
      )}
    </section>
  );
}
