import type { Team } from '../../../../shared/schemas/teams.ts';
import type { Assignee } from '../../api/casesApi.ts';

/**
 * The teams as `<option>`s. A `current` key the site no longer has (a team
 * removed since, or one typed in the address) is kept first, so the select
 * still shows what is set rather than silently another team.
 */
export function TeamOptions({ teams, current }: { teams: readonly Team[]; current?: string }) {
  return (
    <>
      {current !== undefined && !teams.some((t) => t.key === current) && <option value={current}>{current}</option>}
      {teams.map((t) => (
        <option key={t.key} value={t.key}>
          {t.name}
        </option>
      ))}
    </>
  );
}

interface PeopleProps {
  people: readonly Assignee[];
  /** The signed-in person's id, labelled "Me"; null with the admin token or where "me" is not offered. */
  me: number | null;
  /** An assignee who is not among `people` (no longer a member of the site), kept so the select shows them. */
  current?: number | null;
  currentLabel?: string;
}

/** The people a case can be given to, as `<option>`s. */
export function PeopleOptions({ people, me, current, currentLabel }: PeopleProps) {
  return (
    <>
      {typeof current === 'number' && !people.some((p) => p.id === current) && (
        <option value={current}>{currentLabel ?? `User ${current}`}</option>
      )}
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.id === me ? `Me (${p.email})` : p.email}
        </option>
      ))}
    </>
  );
}
