import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../../../../shared/roles.ts';
import { PASSWORD_MIN, type User } from '../../../../shared/schemas/account.ts';
import { createUser } from '../../api/accountApi.ts';
import type { ApiError } from '../../api/ApiError.ts';
import { useAccountSubmit } from '../account/useAccountSubmit.ts';
import { Field } from '../form/Field.tsx';

/** Adds a person with a first password, which the admin passes on privately. */
export function AddUserForm({ onAdded }: { onAdded: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const { busy, problem, run } = useAccountSubmit('Could not add them. Try again.', describe);

  const submit = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const user = await createUser({ email: email.trim(), password, role });
      setEmail('');
      setPassword('');
      setRole('viewer');
      onAdded(user);
    });
  };

  return (
    <section class="panel card" aria-labelledby="add-user-title">
      <div class="panel-head">
        <h2 id="add-user-title">Add a person</h2>
        <p class="muted panel-note">Give them the password privately; they can change it after signing in</p>
      </div>
      <form class="account-form" onSubmit={submit} noValidate aria-describedby="add-user-problem">
        <Field id="new-user-email" label="E-mail">
          <input
            id="new-user-email"
            class="input"
            type="email"
            autocomplete="off"
            spellcheck={false}
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </Field>
        <Field id="new-user-password" label="First password">
          <input
            id="new-user-password"
            class="input"
            type="password"
            autocomplete="new-password"
            minLength={PASSWORD_MIN}
            required
            aria-describedby="new-user-password-hint"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </Field>
        <Field id="new-user-role" label="Role" class="field-narrow">
          <select id="new-user-role" class="input" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
          Add
        </button>
      </form>
      <p id="new-user-password-hint" class="field-hint">
        At least {PASSWORD_MIN} characters.
      </p>
      <p id="add-user-problem" class="account-problem" role="alert">
        {problem}
      </p>
    </section>
  );
}

function describe(error: ApiError): string {
  return error.issues.length > 0 ? `${error.message} ${error.issues.join('; ')}` : error.message;
}
