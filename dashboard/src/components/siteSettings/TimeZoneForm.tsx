import { useMemo, useState } from 'preact/hooks';
import type { Site } from '../../../../shared/schemas/site.ts';
import { setSiteTimeZone } from '../../api/siteSettingsApi.ts';
import { ApiError } from '../../api/ApiError.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { Field } from '../form/Field.tsx';
import { FormOutcome } from '../form/FormOutcome.tsx';
import { browserTimeZone, proposedTimeZone, timeZoneChoices } from './timeZoneChoices.ts';
import './siteSettings.css';

interface Props {
  site: Site;
  /** The zone as saved, for the frame to show the site's days in it from now on. */
  onSaved: (timeZone: string) => void;
}

/**
 * The site's time zone: a text input over the browser's list of zones, so a
 * zone is found by typing part of it ("shang", "new_y"), the way a long
 * select is searched. Only admins save; others see the zone.
 */
export function TimeZoneForm({ site, onSaved }: Props) {
  const zones = useMemo(timeZoneChoices, []);
  const browser = browserTimeZone();
  const [zone, setZone] = useState(() => proposedTimeZone(site.timeZone, browser));
  const [done, setDone] = useState('');
  const { busy, problem, setProblem, run } = useSubmit((error) =>
    error instanceof ApiError ? error.message : 'Could not save the time zone. Try again.',
  );
  const proposed = site.timeZone === 'UTC' && zone === browser && browser !== 'UTC';

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    const known = zones.find((z) => z.toLowerCase() === zone.trim().toLowerCase());
    if (!known) return setProblem('Pick a time zone from the list, such as Europe/Berlin or Asia/Shanghai.');
    await run(async () => {
      const saved = await setSiteTimeZone(site.key, known);
      setZone(saved.timeZone);
      onSaved(saved.timeZone);
      setDone(`Saved. ${site.name}'s days now start at midnight in ${saved.timeZone}.`);
    });
  };

  return (
    <section class="panel card account-narrow time-zone-settings" aria-labelledby="time-zone-title">
      <h2 id="time-zone-title">Time zone</h2>
      <form class="account-form account-form-stacked" onSubmit={submit} noValidate>
        <Field
          id="site-time-zone"
          label="Time zone of the site"
          help={
            <>
              Every daily chart, date range, comparison period and weekly digest uses the days of this zone. Saved now:{' '}
              <strong>{site.timeZone}</strong>.{proposed && ' Proposed from your browser, since the site is still on UTC.'}
            </>
          }
        >
          <input
            id="site-time-zone"
            class="input"
            list="site-time-zone-choices"
            autocomplete="off"
            spellcheck={false}
            value={zone}
            aria-describedby="site-time-zone-help"
            onInput={(e) => setZone(e.currentTarget.value)}
          />
          <datalist id="site-time-zone-choices">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </Field>
        <FormOutcome problem={problem} done={done} />
        <div>
          <button type="submit" class="button button-primary needs-admin" disabled={busy} aria-busy={busy}>
            Save time zone
          </button>
        </div>
      </form>
    </section>
  );
}
