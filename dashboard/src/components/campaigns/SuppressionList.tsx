import { useState } from 'preact/hooks';
import { ApiError } from '../../api/ApiError.ts';
import { addSuppression, listSuppressions, removeSuppression } from '../../api/campaignsApi.ts';
import { formatDateTime } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { TextField } from '../form/TextField.tsx';

/** The addresses no campaign, reminder or reply goes to: unsubscribes land here; members add or take one off. */
export function SuppressionList({ siteKey }: { siteKey: string }) {
  const [version, setVersion] = useState(0);
  const list = useRequest((signal) => listSuppressions(siteKey, signal), [siteKey, version]);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setProblem(null);
    try {
      await action();
      setVersion((v) => v + 1);
    } catch (error) {
      setProblem(error instanceof ApiError ? [error.message, ...error.issues].join(' ') : 'That did not work. Try again.');
    }
  };
  const addresses = list.data?.addresses ?? [];
  return (
    <section class="panel card" aria-labelledby="suppression-title">
      <div class="panel-head">
        <h2 id="suppression-title">Suppression list</h2>
      </div>
      <p class="muted">Nobody here gets a campaign, a reminder or a reply. A click on “unsubscribe” in any mail of this site adds the address.</p>
      <form
        class="campaign-inline-form needs-member"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await addSuppression(siteKey, email.trim());
            setEmail('');
          });
        }}
      >
        <TextField id="suppression-email" label="Add an address" type="email" placeholder="name@example.com" value={email} onInput={setEmail} />
        <button type="submit" class="button">
          Add
        </button>
      </form>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      {list.error && <ErrorNotice title="Could not load the suppression list" error={list.error} onRetry={list.retry} />}
      {list.data && addresses.length === 0 && <p class="muted">Nobody has unsubscribed.</p>}
      {addresses.length > 0 && (
        <ul class="suppression-list">
          {addresses.map((a) => (
            <li key={a.email}>
              <span class="suppression-email">{a.email}</span>
              <time class="muted" dateTime={a.createdAt}>
                {formatDateTime(a.createdAt)}
              </time>
              <button type="button" class="button button-quiet needs-member" onClick={() => void run(() => removeSuppression(siteKey, a.email))}>
                Remove<span class="visually-hidden"> {a.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
