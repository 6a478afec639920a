import { useState } from 'preact/hooks';
import { TOKEN_NAME_MAX, type ApiToken, type CreatedApiToken, type Me } from '../../../shared/schemas/account.ts';
import { createApiToken, listApiTokens } from '../api/accountApi.ts';
import { AccountPage } from '../components/account/AccountPage.tsx';
import { AccountTable } from '../components/account/AccountTable.tsx';
import { useAccountSubmit } from '../components/account/useAccountSubmit.ts';
import { NewTokenNotice } from '../components/apiTokens/NewTokenNotice.tsx';
import { TokenRow } from '../components/apiTokens/TokenRow.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Field } from '../components/form/Field.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useMe } from '../hooks/useMe.ts';
import { useRequest } from '../hooks/useRequest.ts';

/** `/api-tokens`: personal tokens for scripts, acting with the owner's role. */
export function ApiTokensPage() {
  const me = useMe();
  return (
    <AccountPage
      title="API tokens"
      intro={
        <>
          For scripts and automation: send one as <code>Authorization: Bearer …</code>. It acts with your role
          {me ? ` (${me.role})` : ''}, reads and changes data but not accounts or tokens, and is revoked for good when you
          change your password, sign out everywhere, or your account is disabled.
        </>
      }
    >
      {!me ? (
        <LoadingState label="Loading…" />
      ) : me.email === null ? (
        <p class="account-notice">
          You signed in with the admin token, which belongs to no account. Scripts can use the admin token itself; for a
          token of your own, sign in with your e-mail and password.
        </p>
      ) : (
        <TokenManager me={me} />
      )}
    </AccountPage>
  );
}

function TokenManager({ me }: { me: Me }) {
  const loaded = useRequest((signal) => listApiTokens(signal), []);
  const [edited, setEdited] = useState<ApiToken[] | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [name, setName] = useState('');
  const { busy, problem, setProblem, run } = useAccountSubmit('Could not create the token. Try again.');
  const tokens = edited ?? loaded.data;

  const create = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem('Give the token a name that says where it is used, such as “nightly export”.');
      return;
    }
    await run(async () => {
      const token = await createApiToken(name.trim());
      setCreated(token);
      setName('');
      const { token: _secret, ...listed } = token;
      setEdited([listed, ...(tokens ?? [])]);
    });
  };

  return (
    <>
      <section class="panel card" aria-labelledby="new-token-form-title">
        <div class="panel-head">
          <h2 id="new-token-form-title">Create a token</h2>
          <p class="muted panel-note">Signed in as {me.email}</p>
        </div>
        <form class="account-form" onSubmit={create} noValidate>
          <Field id="token-name" label="Name">
            <input
              id="token-name"
              class="input"
              maxLength={TOKEN_NAME_MAX}
              placeholder="nightly export"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </Field>
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            Create token
          </button>
        </form>
        <p class="account-problem" role="alert">
          {problem}
        </p>
      </section>
      {created && <NewTokenNotice token={created} onDone={() => setCreated(null)} />}
      <section class="panel card" aria-labelledby="tokens-title">
        <div class="panel-head">
          <h2 id="tokens-title">Your tokens</h2>
        </div>
        {loaded.error && <ErrorNotice title="Could not load your tokens" error={loaded.error} onRetry={loaded.retry} />}
        {!tokens ? (
          !loaded.error && <LoadingState label="Loading your tokens…" />
        ) : tokens.length === 0 ? (
          <p class="account-empty">No tokens yet.</p>
        ) : (
          <AccountTable label="Your API tokens" columns={[{ label: 'Name' }, { label: 'Created', hideNarrow: true }, { label: 'Last used' }]}>
            {tokens.map((token) => (
              <TokenRow
                key={token.id}
                token={token}
                onProblem={setProblem}
                onRevoked={(id) => {
                  setEdited(tokens.filter((t) => t.id !== id));
                  if (created?.id === id) setCreated(null);
                }}
              />
            ))}
          </AccountTable>
        )}
      </section>
    </>
  );
}
