import { useEffect, useState } from 'preact/hooks';
import { getSignInMethods } from '../api/accountApi.ts';
import { PasswordSignIn } from '../components/signIn/PasswordSignIn.tsx';
import { TokenSignIn } from '../components/signIn/TokenSignIn.tsx';
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
            <TokenSignIn />
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
