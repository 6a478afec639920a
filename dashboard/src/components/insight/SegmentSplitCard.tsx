import { SEGMENT_DIMENSIONS } from '../../../../shared/segmentDimensions.ts';
import type { Segment, SegmentDimension } from '../../../../shared/schemas/segments.ts';
import type { Summary } from '../../../../shared/schemas/summary.ts';
import { getSegments } from '../../api/themesApi.ts';
import { formatCount } from '../../format.ts';
import { useFilterChoices, type FilterChoices } from '../../hooks/useFilterChoices.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { hasViewFilters } from '../../state/filterParams.ts';
import { DEFAULT_SPLIT } from '../../state/splitParam.ts';
import { viewQuery, type ViewFilterValues } from '../../state/viewFilters.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { Field } from '../form/Field.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { filterValueLabel } from './filterLabels.ts';
import { ScoreFigure } from './ScoreFigure.tsx';
import '../PagesTable.css';
import './SegmentSplitCard.css';

const ATTRIBUTE_PREFIX = 'attr:';

/** The select's option and the column's heading; the card's title says "Scores by" + the lower-cased noun. */
const DIMENSION_LABELS: Record<(typeof SEGMENT_DIMENSIONS)[number], { label: string; noun: string }> = {
  device: { label: 'Device', noun: 'device' },
  channel: { label: 'Channel', noun: 'channel' },
  lang: { label: 'Language', noun: 'language' },
  visitor: { label: 'New or returning', noun: 'new or returning visitor' },
  touchpoint: { label: 'Touchpoint', noun: 'touchpoint' },
};

function dimensionLabel(by: SegmentDimension): { label: string; noun: string } {
  if (by.startsWith(ATTRIBUTE_PREFIX)) {
    const key = by.slice(ATTRIBUTE_PREFIX.length);
    return { label: key, noun: key };
  }
  return DIMENSION_LABELS[by as keyof typeof DIMENSION_LABELS];
}

function segmentName(by: SegmentDimension, key: string, choices: FilterChoices): string {
  if (key === 'unknown') return 'Not known';
  if (by === 'device' || by === 'channel' || by === 'visitor' || by === 'touchpoint') return filterValueLabel(by, key, choices);
  return key;
}

interface Props {
  siteKey: string;
  range: Pick<Summary, 'from' | 'to'>;
  /** The view's filters: the split is of what they leave. */
  filters: ViewFilterValues;
  /** What to split by, kept in the address (`split`) by the page. */
  by: SegmentDimension;
  onBy: (next: SegmentDimension) => void;
}

/** CSAT, average rating and net experience split by device, channel, language, visitor, touchpoint or an attribute, each with its interval. */
export function SegmentSplitCard({ siteKey, range, filters, by, onBy }: Props) {
  const choices = useFilterChoices(siteKey, range);
  const attributeDimensions = (choices.options?.attributes ?? []).map((a): SegmentDimension => ATTRIBUTE_PREFIX + a.key);
  // A shared link may split by an attribute this range has no values of: still offer it, so the select shows it.
  if (by.startsWith(ATTRIBUTE_PREFIX) && !attributeDimensions.includes(by)) attributeDimensions.push(by);
  const dimensions: SegmentDimension[] = [...SEGMENT_DIMENSIONS, ...attributeDimensions];
  const { label, noun } = dimensionLabel(by);
  const result = useRequest(
    (signal) => getSegments(siteKey, range, filters, by, signal),
    [siteKey, viewQuery(range, filters, { by }).toString()],
  );
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
        <h2 id="segment-split-title">Scores by {noun}</h2>
        <Field id="segment-split-select" label="Split by" class="segment-split-by">
          <select
            id="segment-split-select"
            class="input"
            value={by}
            onChange={(e) => onBy(dimensions.find((d) => d === e.currentTarget.value) ?? DEFAULT_SPLIT)}
          >
            {SEGMENT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {DIMENSION_LABELS[d].label}
              </option>
            ))}
            {attributeDimensions.length > 0 && (
              <optgroup label="Attributes">
                {attributeDimensions.map((d) => (
                  <option key={d} value={d}>
                    {dimensionLabel(d).label}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
      </div>
      {result.error && <ErrorNotice title="Could not split the scores" error={result.error} onRetry={result.retry} />}
      {result.data && !result.error && result.data.segments.length === 0 ? (
        <p class="empty-note muted">{hasViewFilters(filters) ? 'No ratings match these filters.' : 'No ratings in this range.'}</p>
      ) : result.data && !result.error ? (
        <div class="segment-split-scroll">
          <table class="pages-table" aria-label={`Scores by ${noun}`}>
            <thead>
              <tr>
                <th scope="col" class="col-path">
                  {label}
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
              {result.data.segments.map((segment) => row(segment, segmentName(by, segment.key, choices)))}
              {result.data.segments.length > 1 && row(result.data.all, 'All')}
            </tbody>
          </table>
        </div>
      ) : (
        !result.error && <LoadingState label="Splitting the scores…" />
      )}
    </section>
  );
}
