import type { Problem } from '../../../../shared/schemas/fixFirst.ts';
import { formatCount } from '../../format.ts';
import type { InsightQuery } from '../../state/insightQuery.ts';
import { FlagBadge } from './FlagBadge.tsx';
import { impactBreakdown, KIND_LABELS, problemLink, trendText } from './problemText.ts';
import './ProblemList.css';

interface Props {
  problems: Problem[];
  query: InsightQuery;
  /** The rank of the first item (1 unless paged). */
  start?: number;
}

/**
 * Problems ranked by how many customers they hurt. The bar compares each with
 * the first; the examples are shoppers' own words, rendered as text only.
 */
export function ProblemList({ problems, query, start = 1 }: Props) {
  const top = Math.max(1, ...problems.map((p) => p.impact));
  return (
    <ol class="problem-list" aria-label="Problems, most customers hurt first" start={start}>
      {problems.map((problem, i) => {
        const link = problemLink(problem, query);
        return (
          <li key={`${problem.kind}:${problem.key}`} class={`problem${problem.flag ? ' is-flagged' : ''}`}>
            <span class="problem-rank" aria-hidden="true">
              {start + i}
            </span>
            <div class="problem-main">
              <p class="problem-kicker">
                <span class={`kind-chip kind-${problem.kind}`}>{KIND_LABELS[problem.kind]}</span>
                {problem.context && (
                  <span class={problem.kind === 'journey_step' ? 'problem-context is-path' : 'problem-context'}>{problem.context}</span>
                )}
              </p>
              <h2 class={problem.kind === 'page' ? 'problem-label is-path' : 'problem-label'}>
                {problem.label} <FlagBadge flag={problem.flag} />
              </h2>
              <p class="problem-breakdown muted">
                {impactBreakdown(problem)}
                {problem.responses > 0 && ` · of ${formatCount(problem.responses)} ratings`}
              </p>
              {problem.examples.length > 0 && (
                <ul class="problem-examples" aria-label="What customers said">
                  {problem.examples.map((text, k) => (
                    <li key={k}>
                      <q>{text}</q>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div class="problem-impact">
              <p class="impact-figure">
                <span class="impact-number">{formatCount(problem.impact)}</span>
                <span class="impact-unit"> customers hurt</span>
              </p>
              <span class="impact-track" aria-hidden="true">
                <span class="impact-fill" style={{ width: `${Math.max(2, (problem.impact / top) * 100).toFixed(1)}%` }} />
              </span>
              <p class={`impact-trend${problem.change.significant && problem.change.delta > 0 ? ' is-worse' : ''}`}>
                {trendText(problem)}
                {problem.change.significant && problem.change.delta !== 0 && problem.previous.impact > 0 && ' (significant)'}
              </p>
              {link && (
                <a class="problem-link" href={link.href}>
                  {link.label}
                </a>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
