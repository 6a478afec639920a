import { useState } from 'preact/hooks';
import type { CaseDetail, CasePatch } from '../../../../shared/schemas/cases.ts';
import type { Team } from '../../../../shared/schemas/teams.ts';
import { ApiError } from '../../api/ApiError.ts';
import { patchCase, type Assignee } from '../../api/casesApi.ts';
import { Field } from '../form/Field.tsx';
import { CASE_STATUSES, STATUS_LABELS } from './caseLabels.ts';
import { PeopleOptions, TeamOptions } from './ChoiceOptions.tsx';

interface Props {
  siteKey: string;
  item: CaseDetail;
  teams: readonly Team[];
  /** Whom the case can be given to: the site's members and admins. */
  people: readonly Assignee[];
  /** The signed-in person's user id; null with the admin token. */
  me: number | null;
  canWrite: boolean;
  onChanged: () => void;
}

/** Status, team and assignee; each change is saved at once and lands in the audit trail. */
export function CaseControls({ siteKey, item, teams, people, me, canWrite, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const change = async (patch: CasePatch) => {
    setBusy(true);
    setProblem(null);
    try {
      await patchCase(siteKey, item.id, patch);
      onChanged();
    } catch (error) {
      setProblem(error instanceof ApiError ? `Not changed: ${error.message}` : 'Something went wrong in the dashboard. Try again.');
    }
    setBusy(false);
  };
  const disabled = busy || !canWrite;
  return (
    <section class="panel card case-controls" aria-labelledby="controls-title">
      <h2 id="controls-title" class="visually-hidden">
        Status and owner
      </h2>
      <Field id="case-status" label="Status">
        <select id="case-status" class="input" value={item.status} disabled={disabled} onChange={(e) => change({ status: e.currentTarget.value as CasePatch['status'] })}>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="case-team" label="Team">
        <select id="case-team" class="input" value={item.team} disabled={disabled} onChange={(e) => change({ team: e.currentTarget.value })}>
          <TeamOptions teams={teams} current={item.team} />
        </select>
      </Field>
      <Field id="case-assignee" label="Assignee">
        <select
          id="case-assignee"
          class="input"
          value={item.assignee === null ? '' : String(item.assignee)}
          disabled={disabled}
          onChange={(e) => change({ assignee: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        >
          <option value="">Unassigned</option>
          <PeopleOptions people={people} me={me} current={item.assignee} currentLabel={item.assigneeEmail ?? undefined} />
        </select>
      </Field>
      {canWrite && me !== null && item.assignee !== me && (
        <button type="button" class="button case-action needs-member" disabled={busy} onClick={() => change({ assignee: me })}>
          Assign to me
        </button>
      )}
      {item.status !== 'resolved' && canWrite && (
        <button type="button" class="button button-primary case-action needs-member" disabled={busy} onClick={() => change({ status: 'resolved' })}>
          Resolve
        </button>
      )}
      <p class="form-problem" role="alert">
        {problem}
      </p>
    </section>
  );
}
