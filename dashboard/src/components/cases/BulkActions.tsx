import { useState } from 'preact/hooks';
import type { Team } from '../../../../shared/schemas/teams.ts';
import type { Assignee } from '../../api/casesApi.ts';
import { Field } from '../form/Field.tsx';
import { PeopleOptions, TeamOptions } from './ChoiceOptions.tsx';

interface Props {
  count: number;
  teams: readonly Team[];
  /** Whether the signed-in person can take cases (the admin token is nobody). */
  me: boolean;
  busy: boolean;
  onAssignToMe: () => void;
  people: readonly Assignee[];
  onAssign: (id: number) => void;
  onMoveToTeam: (team: string) => void;
  onResolve: () => void;
  onClear: () => void;
}

/** What members do to the selected cases at once. */
export function BulkActions({ count, teams, me, busy, onAssignToMe, people, onAssign, onMoveToTeam, onResolve, onClear }: Props) {
  const [team, setTeam] = useState('');
  const [person, setPerson] = useState('');
  return (
    <div class="bulk-actions" role="group" aria-label="Selected cases">
      <span class="bulk-count">{count === 1 ? '1 case selected' : `${count} cases selected`}</span>
      {me && (
        <button type="button" class="button" disabled={busy} onClick={onAssignToMe}>
          Assign to me
        </button>
      )}
      <form
        class="bulk-team"
        onSubmit={(e) => {
          e.preventDefault();
          if (person) onAssign(Number(person));
        }}
      >
        <Field id="bulk-person" label="Assignee" class="bulk-team-field">
          <select id="bulk-person" class="input" value={person} onChange={(e) => setPerson(e.currentTarget.value)}>
            <option value="">Choose someone…</option>
            <PeopleOptions people={people} me={null} />
          </select>
        </Field>
        <button type="submit" class="button" disabled={busy || !person}>
          Assign
        </button>
      </form>
      <form
        class="bulk-team"
        onSubmit={(e) => {
          e.preventDefault();
          if (team) onMoveToTeam(team);
        }}
      >
        <Field id="bulk-team" label="Team" class="bulk-team-field">
          <select id="bulk-team" class="input" value={team} onChange={(e) => setTeam(e.currentTarget.value)}>
            <option value="">Choose a team…</option>
            <TeamOptions teams={teams} />
          </select>
        </Field>
        <button type="submit" class="button" disabled={busy || !team}>
          Move
        </button>
      </form>
      <button type="button" class="button button-primary" disabled={busy} onClick={onResolve}>
        Resolve
      </button>
      <button type="button" class="button button-quiet" disabled={busy} onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
