import { useState } from 'preact/hooks';
import type { Funnel } from '../../../../shared/schemas/funnel.ts';
import { formatCount } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';
import './ReasonsByPage.css';

interface Props {
  rows: Funnel['reasonsByPage'];
  labelOf: (reason: string) => string;
}

const INITIAL_ROWS = 8;

/** Which page each reason was given on, most frequent first (the server's order). */
export function ReasonsByPage({ rows, labelOf }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (rows.length === 0) return <p class="empty-note muted">No answers in this range.</p>;
  const shown = showAll ? rows : rows.slice(0, INITIAL_ROWS);
  return (
    <>
      <table class="reasons-by-page" aria-label="Reasons by page">
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Reason</th>
            <th scope="col" class="col-number">
              Answers
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={`${row.path}\u0000${row.reason}`}>
              <td>
                <PagePath class="page-path" path={row.path} />
              </td>
              <td>{labelOf(row.reason)}</td>
              <td class="col-number">{formatCount(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > INITIAL_ROWS && (
        <button type="button" class="button button-quiet show-more" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${formatCount(rows.length)} rows`}
        </button>
      )}
    </>
  );
}
