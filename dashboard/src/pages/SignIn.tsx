import { useEffect, useRef, useState } from 'preact/hooks';
import { getSignInMethods } from '../api/accountApi.ts';
import { ApiError } from '../api/ApiError.ts';
import { signIn } from '../api/dashboardApi.ts';
import { PasswordSignIn } from '../components/signIn/PasswordSignIn.tsx';
import { returnPathAfterSignIn } from '../navigation.ts';
import './SignIn.css';

type Method = 'password' | 'token';

/**
 * `/login`: an account's e-mail and password, or the admin token, in; the
 * session cookie out. It opens on e-mail and password once the team has
 * accounts; before that the admin token is the only way in.
 */
export function SignInPage() {
  const [method, setMethod] = useState<Method | null>(null);
  const [accounts, setAccounts] = useState(false);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Touchpoint';
    getSignInMethods().then(
      (methods) => {
        setAccounts(methods.accounts);
        setMethod(methods.accounts ? 'password' : 'token');
      },
      () => setMethod('token'),
    );
  }, []);

  useEffect(() => {
    if (method === 'token') input.current?.focus();
  }, [method]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (token.trim() === '') {
      setProblem('Enter the admin token.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await signIn(token.trim());
      location.assign(returnPathAfterSignIn(location.search));
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : 'Could not sign in. Try again.');
      input.current?.select();
    }
  };

  return (
    <main class="sign-in">
      <div class="sign-in-card card">
        <p class="sign-in-brand">
          <span class="brand-mark" aria-hidden="true" />
          Touchpoint
        </p>
        <h1>Sign in</h1>
        {method === 'password' && (
          <>
            <p class="muted">With the e-mail and password of your Touchpoint account.</p>
            <PasswordSignIn />
            <button type="button" class="button button-quiet sign-in-switch" onClick={() => setMethod('token')}>
              Use the admin token instead
            </button>
          </>
        )}
        {method === 'token' && (
          <>
            <p class="muted">
              Use the admin token. It was printed when the collector first started, and is saved in its data directory.
            </p>
            <form class="sign-in-form" onSubmit={submit} noValidate>
              {/* Lets password managers file the token under a name; never shown. */}
              <input type="text" name="username" autocomplete="username" value="touchpoint-admin" readOnly hidden />
              <div class="field">
                <label class="field-label" for="admin-token">
                  Admin token
                </label>
                <input
                  ref={input}
                  id="admin-token"
                  class="input"
                  type="password"
                  name="token"
                  autocomplete="current-password"
                  spellcheck={false}
                  value={token}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? 'sign-in-problem' : undefined}
                  onInput={(e) => setToken(e.currentTarget.value)}
                />
              </div>
              <p id="sign-in-problem" class="sign-in-problem" role="alert">
                {problem}
              </p>
              <button type="submit" class="button button-primary sign-in-submit" disabled={busy} aria-busy={busy}>
                Sign in
              </button>
            </form>
            {accounts ? (
              <button type="button" class="button button-quiet sign-in-switch" onClick={() => setMethod('password')}>
                Use an e-mail and password instead
              </button>
            ) : (
              <p class="muted sign-in-note">No team accounts yet. Once signed in, add people under Team in the account menu.</p>
            )}
          </>
        )}
      </div>
    </main>
  );
}
