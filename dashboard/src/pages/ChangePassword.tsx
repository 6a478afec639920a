import { useState } from 'preact/hooks';
import { PASSWORD_MIN } from '../../../shared/schemas/account.ts';
import { changePassword } from '../api/accountApi.ts';
import { AccountPage } from '../components/account/AccountPage.tsx';
import { useAccountSubmit } from '../components/account/useAccountSubmit.ts';
import { Field } from '../components/form/Field.tsx';
import { FormOutcome } from '../components/form/FormOutcome.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useMe } from '../hooks/useMe.ts';

/** `/password`: a person changes their own password; their other sessions and their API tokens end. */
export function ChangePasswordPage() {
  const me = useMe();
  return (
    <AccountPage title="Change password" intro="Your other sessions are signed out and your API tokens revoked when it changes; this one stays.">
      {!me ? (
        <LoadingState label="Loading…" />
      ) : me.email === null ? (
        <p class="account-notice">
          You signed in with the admin token, which has no password. It is set with TOUCHPOINT_ADMIN_TOKEN or kept in the
          data directory.
        </p>
      ) : (
        <PasswordForm />
      )}
    </AccountPage>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { busy, problem, setProblem, run } = useAccountSubmit('Could not change the password. Try again.');
  const [done, setDone] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    if (next.length < PASSWORD_MIN) return setProblem(`The new password needs at least ${PASSWORD_MIN} characters.`);
    if (next !== again) return setProblem('The two new passwords differ.');
    await run(async () => {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setAgain('');
      setDone('Password changed. Your other sessions have been signed out.');
    });
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void, autocomplete: string) => (
    <Field id={id} label={label}>
      <input
        id={id}
        class="input"
        type="password"
        autocomplete={autocomplete}
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </Field>
  );

  return (
    <section class="panel card account-narrow" aria-label="Change password">
      <form class="account-form account-form-stacked" onSubmit={submit} noValidate>
        {field('current-password', 'Current password', current, setCurrent, 'current-password')}
        {field('new-password', `New password (at least ${PASSWORD_MIN} characters)`, next, setNext, 'new-password')}
        {field('new-password-again', 'New password again', again, setAgain, 'new-password')}
        <FormOutcome problem={problem} done={done} />
        <div>
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}
