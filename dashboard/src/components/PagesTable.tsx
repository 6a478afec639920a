import { useState } from 'preact/hooks';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { formatCount, formatPercent } from '../format.ts';
import { csatLevel, ratingLevel } from '../scoreLevel.ts';
import { PagePath } from './PagePath.tsx';
import { ScoreBadge } from './ScoreBadge.tsx';
import './PagesTable.css';

interface Props {
  pages: Summary['pages'];
}

// Enough to see the problem pages without scrolling past the comments.
const INITIAL_ROWS = 10;

/** Page paths with their scores, worst average rating first (the server's order). */
export function PagesTable({ pages }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (pages.length === 0) {
    return <p class="empty-note muted">No pages were rated in this range.</p>;
  }
  const rows = showAll ? pages : pages.slice(0, INITIAL_ROWS);
  return (
    <>
      <table class="pages-table" aria-label="Pages, worst first">
        <thead>
          <tr>
            <th scope="col" class="col-path">
              Page
            </th>
            <th scope="col" class="col-number">
              Responses
            </th>
            <th scope="col" class="col-number">
              Avg. rating
            </th>
            <th scope="col" class="col-csat">
              CSAT
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((page) => (
            <tr key={page.path} class={`row-${ratingLevel(page.avgRating)}`}>
              <th scope="row" class="col-path">
                <PagePath class="page-path" path={page.path} />
              </th>
              <td class="col-number">{formatCount(page.responses)}</td>
              <td class="col-number">
                <ScoreBadge rating={page.avgRating} />
              </td>
              <td class="col-csat">
                <CsatMeter csat={page.csat} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages.length > INITIAL_ROWS && (
        <button type="button" class="button button-quiet show-more" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show the worst 10 only' : `Show all ${formatCount(pages.length)} pages`}
        </button>
      )}
    </>
  );
}

function CsatMeter({ csat }: { csat: number | null }) {
  const level = csatLevel(csat);
  return (
    <span class="csat">
      <span class="csat-value">{formatPercent(csat)}</span>
      {csat != null && (
        <span class="csat-track" aria-hidden="true">
          <span class={`csat-fill fill-${level}`} style={{ width: `${Math.round(csat * 100)}%` }} />
        </span>
      )}
    </span>
  );
}
