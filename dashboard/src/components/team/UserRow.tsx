import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../../../../shared/roles.ts';
import type { UpdateUser, User } from '../../../../shared/schemas/account.ts';
import type { Site } from '../../../../shared/schemas/site.ts';
import { deleteUser, setUserSites, updateUser } from '../../api/accountApi.ts';
import { ApiError } from '../../api/ApiError.ts';
import { UserSites } from './UserSites.tsx';

interface Props {
  user: User;
  /** Every site, for choosing which ones a member or viewer sees; undefined while they load. */
  sites: Site[] | undefined;
  /** The signed-in admin's own row: it cannot lock them out, so it is not editable here. */
  isSelf: boolean;
  onChanged: (user: User) => void;
  onRemoved: (id: number) => void;
  onProblem: (message: string | null) => void;
}

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One account: its role, its sites, whether it may sign in, and removing it (asked twice). */
export function UserRow({ user, sites, isSelf, onChanged, onRemoved, onProblem }: Props) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  /** `failed`: what did not happen, said before the server's reason. */
  const run = async (action: () => Promise<void>, failed?: string) => {
    setBusy(true);
    onProblem(null);
    try {
      await action();
    } catch (error) {
      const why = error instanceof ApiError ? error.message : 'That did not work. Try again.';
      onProblem(failed ? `${failed} ${why}` : why);
    } finally {
      setBusy(false);
    }
  };
  const change = (changes: UpdateUser) => run(async () => onChanged(await updateUser(user.id, changes)));
  const changeSites = (keys: string[]) =>
    run(async () => onChanged(await setUserSites(user.id, keys)), `The sites of ${user.email} were not changed.`);
  const remove = () =>
    run(async () => {
      await deleteUser(user.id);
      onRemoved(user.id);
    });

  return (
    <tr>
      <th scope="row" class="col-main">
        {user.email}
        {isSelf && <span class="tag">you</span>}
      </th>
      <td class="col-nowrap">
        <select
          class="input"
          aria-label={`Role of ${user.email}`}
          value={user.role}
          disabled={busy || isSelf}
          onChange={(e) => change({ role: e.currentTarget.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td class="col-sites" data-label="Sites">
        <UserSites user={user} sites={sites} disabled={busy} onChange={changeSites} />
      </td>
      <td class="col-nowrap">{user.disabled ? <span class="status-disabled">Disabled</span> : 'Active'}</td>
      <td class="col-nowrap col-hide-narrow">{DAY.format(new Date(user.createdAt))}</td>
      <td class="col-actions">
        {isSelf ? (
          <span class="muted" title="Another admin (or the admin token) can change your own account">
            Your account
          </span>
        ) : confirming ? (
          <span class="row-actions">
            <span>Remove for good?</span>
            <button type="button" class="button button-confirm-remove" disabled={busy} onClick={remove} aria-label={`Remove ${user.email} for good`}>
              Remove
            </button>
            <button type="button" class="button button-quiet" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <span class="row-actions">
            <button type="button" class="button" disabled={busy} onClick={() => change({ disabled: !user.disabled })}>
              {user.disabled ? 'Enable' : 'Disable'}
            </button>
            <button type="button" class="button button-quiet" disabled={busy} onClick={() => setConfirming(true)}>
              Remove
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
