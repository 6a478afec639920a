import { useEffect, useRef, useState } from 'preact/hooks';
import { signInWithPassword } from '../../api/accountApi.ts';
import { ApiError } from '../../api/ApiError.ts';
import { returnPathAfterSignIn } from '../../navigation.ts';

/** The team's way in: an account's e-mail and password (accounts are made on the Team page or with the CLI). */
export function PasswordSignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => emailInput.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setProblem('Enter your e-mail and password.');
      (email.trim() === '' ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await signInWithPassword(email.trim(), password);
      location.assign(returnPathAfterSignIn(location.search));
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : 'Could not sign in. Try again.');
      passwordInput.current?.select();
    }
  };

  const invalid = problem ? true : undefined;
  const described = problem ? 'password-sign-in-problem' : undefined;
  return (
    <form class="sign-in-form" onSubmit={submit} noValidate>
      <div class="field">
        <label class="field-label" for="sign-in-email">
          E-mail
        </label>
        <input
          ref={emailInput}
          id="sign-in-email"
          class="input"
          type="email"
          name="email"
          autocomplete="username"
          spellcheck={false}
          value={email}
          aria-invalid={invalid}
          aria-describedby={described}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label class="field-label" for="sign-in-password">
          Password
        </label>
        <input
          ref={passwordInput}
          id="sign-in-password"
          class="input"
          type="password"
          name="password"
          autocomplete="current-password"
          value={password}
          aria-invalid={invalid}
          aria-describedby={described}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </div>
      <p id="password-sign-in-problem" class="sign-in-problem" role="alert">
        {problem}
      </p>
      <button type="submit" class="button button-primary sign-in-submit" disabled={busy} aria-busy={busy}>
        Sign in
      </button>
    </form>
  );
}
