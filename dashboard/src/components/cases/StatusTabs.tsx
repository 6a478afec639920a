import type { CaseCounts, CaseStatus } from '../../../../shared/schemas/cases.ts';
import { formatCount } from '../../format.ts';
import { CASE_STATUSES, STATUS_LABELS } from './caseLabels.ts';

interface Props {
  status?: CaseStatus;
  counts?: CaseCounts;
  /** The address of the inbox with another status (undefined: every status). */
  linkTo: (status: CaseStatus | undefined) => string;
  onChoose: (status: CaseStatus | undefined) => void;
}

/** One tab per status with how many cases it holds under the other filters; links, so each can be opened in a new tab. */
export function StatusTabs({ status, counts, linkTo, onChoose }: Props) {
  const total = counts ? CASE_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0) : undefined;
  const tab = (value: CaseStatus | undefined, label: string, count: number | undefined) => (
    <a
      key={value ?? 'all'}
      class="status-tab"
      href={linkTo(value)}
      aria-current={status === value ? 'page' : undefined}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        onChoose(value);
      }}
    >
      {label}
      {count !== undefined && <span class="status-tab-count">{formatCount(count)}</span>}
    </a>
  );
  return (
    <nav class="status-tabs" aria-label="Case status">
      {tab(undefined, 'All', total)}
      {CASE_STATUSES.map((s) => tab(s, STATUS_LABELS[s], counts?.[s]))}
    </nav>
  );
}
