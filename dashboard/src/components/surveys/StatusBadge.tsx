import type { Survey } from '../../../../shared/schemas/survey.ts';
import './StatusBadge.css';

const LABELS: Record<Survey['status'], string> = { draft: 'Draft', live: 'Live', paused: 'Paused' };

/** Whether shoppers can see the survey now, as a word (the colour only repeats it). */
export function StatusBadge({ status }: { status: Survey['status'] }) {
  return <span class={`status-badge status-${status}`}>{LABELS[status]}</span>;
}
