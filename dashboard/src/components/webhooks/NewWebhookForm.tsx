import { useState } from 'preact/hooks';
import { EVENT_TYPES, type CreatedWebhook, type DestinationKind, type EventType } from '../../../../shared/schemas/webhook.ts';
import { ApiError } from '../../api/ApiError.ts';
import { createWebhook } from '../../api/webhooksApi.ts';
import { Field } from '../form/Field.tsx';
import { TextField } from '../form/TextField.tsx';
import { CheckboxGroup } from './CheckboxGroup.tsx';

const EVENT_LABELS: Record<EventType, string> = {
  'feedback.created': 'New feedback',
  'case.created': 'Case opened',
  'case.assigned': 'Case assigned',
  'case.status_changed': 'Case status changed',
  'case.overdue': 'Case overdue',
  'problem.flagged': 'Problem flagged (new or growing)',
  'digest.weekly': 'Weekly digest',
  'webhook.test': 'Test event',
};

const RATINGS = [1, 2, 3, 4, 5];

/** Adds a destination: where, which events, and which of them (filters). */
export function NewWebhookForm({ siteKey, onCreated }: { siteKey: string; onCreated: (webhook: CreatedWebhook) => void }) {
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<DestinationKind>('webhook');
  const [events, setEvents] = useState<EventType[]>(['feedback.created']);
  const [ratings, setRatings] = useState<number[]>([]);
  const [touchpoints, setTouchpoints] = useState('');
  const [includeText, setIncludeText] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const keys = touchpoints.split(',').map((k) => k.trim()).filter(Boolean);
    try {
      const created = await createWebhook(siteKey, {
        url: url.trim(),
        kind,
        events,
        includeText,
        filters: { ...(ratings.length ? { ratings } : {}), ...(keys.length ? { touchpoints: keys } : {}) },
      });
      setUrl('');
      onCreated(created);
    } catch (error) {
      setProblem(error instanceof ApiError ? [error.message, ...error.issues].join(' ') : 'Could not add the destination. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel card" aria-labelledby="new-webhook-title">
      <div class="panel-head">
        <h2 id="new-webhook-title">Add a destination</h2>
      </div>
      <form class="webhook-form" onSubmit={submit} noValidate>
        <div class="webhook-form-row">
          <TextField
            id="webhook-url"
            label="URL"
            help="HTTPS only. For Slack, the incoming-webhook URL."
            class="webhook-url"
            type="url"
            placeholder="https://hooks.example.com/touchpoint"
            value={url}
            onInput={setUrl}
          />
          <Field id="webhook-kind" label="Kind">
            <select id="webhook-kind" class="input" value={kind} onChange={(e) => setKind(e.currentTarget.value as DestinationKind)}>
              <option value="webhook">Signed webhook (JSON)</option>
              <option value="slack">Slack message</option>
            </select>
          </Field>
        </div>
        <CheckboxGroup
          legend="Events"
          options={EVENT_TYPES}
          chosen={events}
          onChange={setEvents}
          label={(type) => (
            <>
              {EVENT_LABELS[type]} <code>{type}</code>
            </>
          )}
        />
        <div class="webhook-form-row">
          <CheckboxGroup legend="Only ratings (none ticked: all)" options={RATINGS} chosen={ratings} onChange={setRatings} label={String} />
          <TextField
            id="webhook-touchpoints"
            label="Only touchpoints"
            help="Keys, comma-separated; empty: all pages."
            placeholder="checkout, delivery"
            value={touchpoints}
            onInput={setTouchpoints}
          />
        </div>
        <label class="webhook-choice">
          <input type="checkbox" checked={includeText} onChange={(e) => setIncludeText(e.currentTarget.checked)} />
          Include what shoppers wrote (comments, other reasons, contact e-mail)
        </label>
        <div class="webhook-form-actions">
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            Add destination
          </button>
          <p class="webhook-problem" role="alert">
            {problem}
          </p>
        </div>
      </form>
    </section>
  );
}
