import type { CaseEvent } from '../../../../shared/schemas/cases.ts';
import { formatDateTime } from '../../format.ts';
import { STATUS_LABELS } from './caseLabels.ts';

const FIELD_LABELS: Record<CaseEvent['field'], string> = {
  created: 'Opened',
  status: 'Status',
  team: 'Team',
  assignee: 'Assignee',
  note: 'Note added',
  reply: 'Customer told',
  recovered: 'Customer came back',
  feedback: 'Feedback added',
};

const value = (field: CaseEvent['field'], v: string | null) =>
  v === null ? 'none' : field === 'status' ? (STATUS_LABELS[v as keyof typeof STATUS_LABELS] ?? v) : v;

/** Every change to the case: who, when, from → to. */
export function CaseTrail({ events }: { events: readonly CaseEvent[] }) {
  return (
    <ol class="case-trail" aria-label="Audit trail">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at} class="muted">
            {formatDateTime(e.at)}
          </time>
          <span>
            <strong>{FIELD_LABELS[e.field] ?? e.field}</strong>
            {(e.field === 'status' || e.field === 'team' || e.field === 'assignee') && (
              <>
                : {value(e.field, e.from)} → {value(e.field, e.to)}
              </>
            )}{' '}
            <span class="muted">by {e.actor ?? 'Touchpoint'}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
