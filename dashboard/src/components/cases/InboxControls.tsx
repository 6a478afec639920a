import { useEffect, useState } from 'preact/hooks';
import { REASON_CATEGORIES } from '../../../../shared/abandonReasons.ts';
import type { Assignee, CaseFilters } from '../../api/casesApi.ts';
import type { Team } from '../../../../shared/schemas/teams.ts';
import { categoryInfo } from '../journeys/reasonCategories.ts';
import { Field } from '../form/Field.tsx';
import { PeopleOptions, TeamOptions } from './ChoiceOptions.tsx';

interface Props {
  filters: CaseFilters;
  teams: readonly Team[];
  /** Who may be chosen as assignee: the signed-in person and whoever the cases name. */
  people: readonly Assignee[];
  /** The signed-in person's user id; null with the admin token. */
  me: number | null;
  onChange: (next: CaseFilters) => void;
}

/** What narrows the inbox beyond the shared filter bar: team, assignee, overdue, reason category, search, and the order. */
export function InboxControls({ filters, teams, people, me, onChange }: Props) {
  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });
  const [draft, setDraft] = useState(filters.q ?? '');
  useEffect(() => setDraft(filters.q ?? ''), [filters.q]);
  return (
    <div class="inbox-controls">
      <Field id="inbox-team" label="Team">
        <select id="inbox-team" class="input" value={filters.team ?? ''} onChange={(e) => set({ team: e.currentTarget.value || undefined })}>
          <option value="">All teams</option>
          <TeamOptions teams={teams} current={filters.team || undefined} />
        </select>
      </Field>
      <Field id="inbox-assignee" label="Assignee">
        <select
          id="inbox-assignee"
          class="input"
          value={String(filters.assignee ?? '')}
          onChange={(e) => set({ assignee: assigneeValue(e.currentTarget.value) })}
        >
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          <PeopleOptions people={people} me={me} current={typeof filters.assignee === 'number' ? filters.assignee : undefined} />
        </select>
      </Field>
      <Field id="inbox-category" label="Reason category">
        <select
          id="inbox-category"
          class="input"
          value={filters.reasonCategory ?? ''}
          onChange={(e) => set({ reasonCategory: e.currentTarget.value || undefined })}
        >
          <option value="">Any reason</option>
          {REASON_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryInfo(c).label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="inbox-sort" label="Order">
        <select
          id="inbox-sort"
          class="input"
          value={filters.sort ?? 'age'}
          onChange={(e) => set({ sort: e.currentTarget.value === 'impact' ? 'impact' : undefined })}
        >
          <option value="age">Oldest first</option>
          <option value="impact">Most impact first</option>
        </select>
      </Field>
      <form
        class="field inbox-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: draft.trim() || undefined });
        }}
      >
        <label class="field-label" for="inbox-q">
          Search
        </label>
        <input
          id="inbox-q"
          class="input"
          type="search"
          maxLength={200}
          value={draft}
          placeholder="Words in the feedback"
          enterKeyHint="search"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => set({ q: e.currentTarget.value.trim() || undefined })}
        />
      </form>
      <label class="inbox-overdue">
        <input type="checkbox" checked={filters.overdue === true} onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })} />
        Overdue only
      </label>
    </div>
  );
}

function assigneeValue(value: string): CaseFilters['assignee'] {
  if (value === 'none') return 'none';
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
