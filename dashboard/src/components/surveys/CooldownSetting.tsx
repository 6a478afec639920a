import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/ApiError.ts';
import { saveSurveySettings } from '../../api/surveysApi.ts';
import './CooldownSetting.css';

interface Props {
  siteKey: string;
  cooldownDays: number;
  onSaved: (days: number) => void;
}

/** The site-wide fatigue rule: after a shopper answers or dismisses any survey, none for this many days. */
export function CooldownSetting({ siteKey, cooldownDays, onSaved }: Props) {
  const [value, setValue] = useState(String(cooldownDays));
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({ busy: false, message: null, error: false });
  useEffect(() => setValue(String(cooldownDays)), [cooldownDays]);

  const save = async (event: Event) => {
    event.preventDefault();
    setState({ busy: true, message: null, error: false });
    try {
      const saved = await saveSurveySettings(siteKey, { cooldownDays: Number(value) });
      setState({ busy: false, message: 'Saved. Pages pick it up within a minute.', error: false });
      onSaved(saved.cooldownDays);
    } catch (error) {
      const message = error instanceof ApiError ? (error.issues[0] ?? error.message) : 'Could not save. Try again.';
      setState({ busy: false, message: `Not saved: ${message.replace(/^cooldownDays: /, '')}`, error: true });
    }
  };

  return (
    <section class="panel card cooldown" aria-labelledby="cooldown-title">
      <div class="panel-head">
        <h2 id="cooldown-title">Survey fatigue</h2>
        <p class="muted panel-note">For every survey on this site</p>
      </div>
      <p class="cooldown-rules">
        A visit sees at most one survey. After a shopper answers or dismisses one, they see none for:
      </p>
      <form class="cooldown-form" onSubmit={save} noValidate>
        <label class="visually-hidden" for="cooldown-days">
          Days without surveys after one is answered or dismissed
        </label>
        <input
          id="cooldown-days"
          class="input cooldown-input"
          type="number"
          min={0}
          max={365}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <span aria-hidden="true">days</span>
        <button type="submit" class="button needs-member" disabled={state.busy || value === String(cooldownDays)} aria-busy={state.busy}>
          Save cooldown
        </button>
      </form>
      <p class={state.error ? 'cooldown-note is-error' : 'cooldown-note muted'} role="status">
        {state.message ?? ''}
      </p>
    </section>
  );
}
