import { useEffect, useRef, useState } from 'preact/hooks';
import { signIn } from '../../api/dashboardApi.ts';
import { Field } from '../form/Field.tsx';
import { SignInForm } from './SignInForm.tsx';
import { useSignInSubmit } from './useSignInSubmit.ts';

/** The owner's way in on a fresh install, and always with the token: the admin token. */
export function TokenSignIn() {
  const [token, setToken] = useState('');
  const { busy, problem, setProblem, submit } = useSignInSubmit();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const signInWithToken = async (event: Event) => {
    event.preventDefault();
    if (token.trim() === '') {
      setProblem('Enter the admin token.');
      input.current?.focus();
      return;
    }
    await submit(
      () => signIn(token.trim()),
      () => input.current?.select(),
    );
  };

  return (
    <SignInForm problemId="sign-in-problem" problem={problem} busy={busy} onSubmit={signInWithToken}>
      {/* Lets password managers file the token under a name; never shown. */}
      <input type="text" name="username" autocomplete="username" value="touchpoint-admin" readOnly hidden />
      <Field id="admin-token" label="Admin token">
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
      </Field>
    </SignInForm>
  );
}
