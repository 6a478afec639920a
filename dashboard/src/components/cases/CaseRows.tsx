import type { CaseSummary } from '../../../../shared/schemas/cases.ts';
import { formatDateTime, formatRelativeTime } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';
import { caseHeadline } from './caseLabels.ts';
import { CaseFlags } from './CaseFlags.tsx';
import { CaseStatusBadge } from './StatusBadge.tsx';

interface Props {
  cases: readonly CaseSummary[];
  teamName: (key: string) => string;
  caseLink: (id: number) => string;
  now: Date;
  /** Members and admins pick cases for bulk actions; viewers only read. */
  selectable: boolean;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  /** The row j/k moved to. */
  cursor: number;
  onCursor: (index: number) => void;
}

/** The inbox's cases, one row each; the shopper's words as text only. */
export function CaseRows({ cases, teamName, caseLink, now, selectable, selected, onToggle, cursor, onCursor }: Props) {
  return (
    <ol class="case-rows" aria-label="Cases">
      {cases.map((item, index) => {
        const headline = caseHeadline(item.feedback);
        const path = item.feedback[0]?.path;
        return (
          <li key={item.id} class={index === cursor ? 'case-row is-cursor' : 'case-row'} data-case={item.id}>
            {selectable && (
              <input
                type="checkbox"
                class="case-row-check"
                checked={selected.has(item.id)}
                aria-label={`Select case: ${headline}`}
                onChange={() => onToggle(item.id)}
              />
            )}
            <div class="case-row-main">
              <a class="case-row-link" href={caseLink(item.id)} onFocus={() => onCursor(index)}>
                {headline}
              </a>
              <p class="case-row-meta muted">
                <CaseStatusBadge status={item.status} /> <CaseFlags item={item} />
                <span>{teamName(item.team)}</span>
                <span>{item.assigneeEmail ?? 'Unassigned'}</span>
                <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
                  {formatRelativeTime(item.createdAt, now)}
                </time>
                {path && <PagePath path={path} />}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
