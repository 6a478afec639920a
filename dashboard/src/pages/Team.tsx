import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ROLE_DESCRIPTIONS, ROLES } from '../../../shared/roles.ts';
import type { Me, User } from '../../../shared/schemas/account.ts';
import { listUsers } from '../api/accountApi.ts';
import { listSites } from '../api/dashboardApi.ts';
import { AccountPage } from '../components/account/AccountPage.tsx';
import { AccountTable } from '../components/account/AccountTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { AddUserForm } from '../components/team/AddUserForm.tsx';
import { UserRow } from '../components/team/UserRow.tsx';
import { can, useMe } from '../hooks/useMe.ts';
import { useRequest } from '../hooks/useRequest.ts';

/** `/team`: admins add people, set their role and sites, disable or remove them. */
export function TeamPage() {
  const me = useMe();
  return (
    <AccountPage title="Team" intro="Who can sign in to this dashboard, and what each person may do.">
      {!me ? (
        <LoadingState label="Loading…" />
      ) : can(me, 'admin') ? (
        <TeamManager me={me} />
      ) : (
        <p class="account-notice">Only admins manage the team. Ask one of them to add someone or change a role.</p>
      )}
    </AccountPage>
  );
}

function TeamManager({ me }: { me: Me }) {
  const loaded = useRequest((signal) => listUsers(signal), []);
  const sites = useRequest((signal) => listSites(signal), []);
  const [edited, setEdited] = useState<User[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const users = edited ?? loaded.data;
  const update = (next: User[]) => setEdited(next.sort((a, b) => a.email.localeCompare(b.email)));

  return (
    <>
      <AddUserForm onAdded={(user) => update([...(users ?? []), user])} />
      <section class="panel card" aria-labelledby="people-title">
        <div class="panel-head">
          <h2 id="people-title">People</h2>
          <p class="muted panel-note">
            Members and viewers see only the sites ticked for them. A change applies at once, to sessions already open and to API tokens;
            disabling revokes the person’s API tokens for good
          </p>
        </div>
        {loaded.error && <ErrorNotice title="Could not load the team" error={loaded.error} onRetry={loaded.retry} />}
        {sites.error && <ErrorNotice title="Could not load the sites to choose from" error={sites.error} onRetry={sites.retry} />}
        <p class="account-problem" role="alert">
          {problem}
        </p>
        {!users ? (
          !loaded.error && <LoadingState label="Loading the team…" />
        ) : users.length === 0 ? (
          <p class="account-empty">
            No accounts yet: everyone signs in with the admin token. Add people above so each has their own sign-in and role.
          </p>
        ) : (
          <AccountTable
            label="People"
            class="team-table"
            columns={[{ label: 'E-mail' }, { label: 'Role' }, { label: 'Sites' }, { label: 'Status' }, { label: 'Added', hideNarrow: true }]}
          >
            {users.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                sites={sites.data}
                isSelf={me.email !== null && me.email.toLowerCase() === user.email.toLowerCase()}
                onChanged={(changed) => update(users.map((u) => (u.id === changed.id ? changed : u)))}
                onRemoved={(id) => update(users.filter((u) => u.id !== id))}
                onProblem={setProblem}
              />
            ))}
          </AccountTable>
        )}
      </section>
      <section class="panel card" aria-labelledby="roles-title">
        <div class="panel-head">
          <h2 id="roles-title">Roles</h2>
        </div>
        <dl class="role-legend">
          {ROLES.map((role) => (
            <Fragment key={role}>
              <dt>{role}</dt>
              <dd>{ROLE_DESCRIPTIONS[role]}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </>
  );
}
