import type { DeviationBucket } from '../../../../shared/schemas/peakEnd.ts';
import type { Device } from '../../../../shared/schemas/response.ts';
import type { SummaryRange } from '../../api/dashboardApi.ts';
import { getPeakEnd } from '../../api/themesApi.ts';
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
  device?: Device;
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

/** Peak–end: whether the end of a visit (confirmation, post-purchase, giving up) lifts or sinks the whole of it. */
export function PeakEndCard({ siteKey, range, device }: Props) {
  const result = useRequest((signal) => getPeakEnd(siteKey, range, device, signal), [siteKey, range.from, range.to, device]);
  const data = result.data;
  return (
    <section class="panel card peak-end" aria-labelledby="peak-end-title">
      <div class="panel-head">
        <h2 id="peak-end-title">Peak and end of visits</h2>
        <p class="muted panel-note">
          Visits with two or more ratings{data ? ` · ${formatCount(data.visits)} visits, ${formatCount(data.abandonedEnds)} ended by giving up (counted as 1)` : ''}
        </p>
      </div>
      {result.error && <ErrorNotice title="Could not load peak and end" error={result.error} onRetry={result.retry} />}
      {data && !result.error ? (
        data.visits === 0 ? (
          <p class="empty-note muted">No visit rated two pages in this range.</p>
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
          </>
        )
      ) : (
        !result.error && <LoadingState label="Loading peak and end…" />
      )}
    </section>
  );
}
