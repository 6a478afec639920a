import { useState } from 'preact/hooks';
import { SEGMENT_DIMENSIONS, type Segment, type SegmentDimension } from '../../../../shared/schemas/segments.ts';
import type { Summary } from '../../../../shared/schemas/summary.ts';
import { getSegments } from '../../api/themesApi.ts';
import { channelLabel, deviceLabel, formatCount } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { ScoreFigure } from './ScoreFigure.tsx';
import '../PagesTable.css';
import './SegmentSplitCard.css';

const DIMENSION_LABELS: Record<SegmentDimension, string> = { device: 'Device', channel: 'Channel', lang: 'Language' };

function segmentName(by: SegmentDimension, key: string): string {
  if (key === 'unknown') return 'Not known';
  if (by === 'device') return deviceLabel(key);
  if (by === 'channel') return channelLabel(key);
  return key;
}

interface Props {
  siteKey: string;
  range: Pick<Summary, 'from' | 'to'>;
}

/** CSAT, average rating and net experience split by device, channel or language, each with its interval. */
export function SegmentSplitCard({ siteKey, range }: Props) {
  const [by, setBy] = useState<SegmentDimension>('device');
  const result = useRequest((signal) => getSegments(siteKey, range, by, signal), [siteKey, range.from, range.to, by]);
  const row = (segment: Segment, name: string) => (
    <tr key={segment.key}>
      <th scope="row" class="col-path">
        {name}
      </th>
      <td class="col-number">{formatCount(segment.n)}</td>
      <td class="col-number">
        <ScoreFigure kind="csat" result={segment.csat} />
      </td>
      <td class="col-number">
        <ScoreFigure kind="avgRating" result={segment.averageRating} />
      </td>
      <td class="col-number">
        <ScoreFigure kind="netExperience" result={segment.netExperience} />
      </td>
    </tr>
  );
  return (
    <section class="panel card segment-split" aria-labelledby="segment-split-title">
      <div class="panel-head">
        <h2 id="segment-split-title">Scores by {DIMENSION_LABELS[by].toLowerCase()}</h2>
        <div class="field segment-split-by">
          <label class="field-label" for="segment-split-select">
            Split by
          </label>
          <select
            id="segment-split-select"
            class="input"
            value={by}
            onChange={(e) => setBy(SEGMENT_DIMENSIONS.find((d) => d === e.currentTarget.value) ?? 'device')}
          >
            {SEGMENT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {DIMENSION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result.error && <ErrorNotice title="Could not split the scores" error={result.error} onRetry={result.retry} />}
      {result.data && !result.error ? (
        <table class="pages-table" aria-label={`Scores by ${DIMENSION_LABELS[by].toLowerCase()}`}>
          <thead>
            <tr>
              <th scope="col" class="col-path">
                {DIMENSION_LABELS[by]}
              </th>
              <th scope="col" class="col-number">
                Ratings
              </th>
              <th scope="col" class="col-number" title="Share of ratings of 4–5, with its 95% interval">
                CSAT
              </th>
              <th scope="col" class="col-number">
                Average
              </th>
              <th scope="col" class="col-number" title="Share of 4–5 minus share of 1–2, in points">
                Net experience
              </th>
            </tr>
          </thead>
          <tbody>
            {result.data.segments.map((segment) => row(segment, segmentName(by, segment.key)))}
            {result.data.segments.length > 1 && row(result.data.all, 'All')}
          </tbody>
        </table>
      ) : (
        !result.error && <LoadingState label="Splitting the scores…" />
      )}
    </section>
  );
}
