import type { CaseStatus } from '../../../../shared/schemas/cases.ts';
import { STATUS_LABELS } from './caseLabels.ts';
import './cases.css';

/** A case's status as a word; the colour only repeats it. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return <span class={`case-status case-status-${status}`}>{STATUS_LABELS[status]}</span>;
}
