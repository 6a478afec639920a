import { useEffect, useRef, useState } from 'preact/hooks';
import { signInWithPassword } from '../../api/accountApi.ts';
import { Field } from '../form/Field.tsx';
import { SignInForm } from './SignInForm.tsx';
import { useSignInSubmit } from './useSignInSubmit.ts';

/** The team's way in: an account's e-mail and password (accounts are made on the Team page or with the CLI). */
export function PasswordSignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, setProblem, submit } = useSignInSubmit();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => emailInput.current?.focus(), []);

  const signIn = async (event: Event) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setProblem('Enter your e-mail and password.');
      (email.trim() === '' ? emailInput : passwordInput).current?.focus();
      return;
    }
    await submit(
      () => signInWithPassword(email.trim(), password),
      () => passwordInput.current?.select(),
    );
  };

  const invalid = problem ? true : undefined;
  const described = problem ? 'password-sign-in-problem' : undefined;
  return (
    <SignInForm problemId="password-sign-in-problem" problem={problem} busy={busy} onSubmit={signIn}>
      <Field id="sign-in-email" label="E-mail">
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
      </Field>
      <Field id="sign-in-password" label="Password">
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
      </Field>
    </SignInForm>
  );
}
