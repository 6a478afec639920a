import type { Summary } from '../../../../shared/schemas/summary.ts';
import { getFixFirst } from '../../api/insightApi.ts';
import { formatCount } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { viewQuery, type ViewFilterValues } from '../../state/viewFilters.ts';
import { FlagBadge } from './FlagBadge.tsx';
import { impactBreakdown, KIND_LABELS } from './problemText.ts';
import { WeekSurgeNote } from './WeekSurgeNote.tsx';
import './TopProblemsCard.css';

interface Props {
  siteKey: string;
  /** The overview's range, as the summary answered it. */
  range: Pick<Summary, 'from' | 'to'>;
  filters: ViewFilterValues;
}

const SHOWN = 3;

/** The first screen's way into "what to fix first": the top few problems, and links to the full views. */
export function TopProblemsCard({ siteKey, range, filters }: Props) {
  const result = useRequest(
    (signal) => getFixFirst(siteKey, range, filters, { limit: SHOWN }, signal),
    [siteKey, viewQuery(range, filters).toString()],
  );
  // Links carry the overview's own site, range and filters (?site&from&to&…).
  const search = location.search;
  return (
    <section class="panel card top-problems" aria-labelledby="top-problems-title">
      <div class="panel-head">
        <h2 id="top-problems-title">Top problems this period</h2>
        <p class="muted panel-note">Ranked by customers hurt: ratings of 1–2 and abandonments</p>
      </div>
      <WeekSurgeNote siteKey={siteKey} range={range} filters={filters} />
      {result.error ? (
        <p class="empty-note muted">Could not load the problems: {result.error.message}</p>
      ) : !result.data ? (
        <p class="empty-note muted" role="status">
          Loading…
        </p>
      ) : result.data.problems.length === 0 ? (
        <p class="empty-note muted">No ratings of 1–2 and no abandonments in this period.</p>
      ) : (
        <ol class="top-problems-list" aria-label="Top problems this period">
          {result.data.problems.map((problem) => (
            <li key={`${problem.kind}:${problem.key}`} class="top-problem">
              <span class="top-problem-impact">{formatCount(problem.impact)}</span>
              <span class="top-problem-text">
                <span class={problem.kind === 'page' ? 'top-problem-label is-path' : 'top-problem-label'}>{problem.label}</span>{' '}
                <FlagBadge flag={problem.flag} />
                <span class="top-problem-meta muted">
                  {KIND_LABELS[problem.kind]}
                  {problem.context && ` · ${problem.context}`} · {impactBreakdown(problem)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p class="top-problems-links">
        <a href={`/fix-first${search}`}>What to fix first →</a>
      </p>
    </section>
  );
}
