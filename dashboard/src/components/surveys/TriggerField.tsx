import { Field } from '../form/Field.tsx';
import type { SurveyDraft, TriggerType } from './surveyDraft.ts';

interface Props {
  trigger: SurveyDraft['trigger'];
  /** Journeys declared on the site, offered for "journey completed". */
  journeys: string[];
  onChange: (trigger: SurveyDraft['trigger']) => void;
}

const TRIGGERS: { value: TriggerType; label: string }[] = [
  { value: 'pageview', label: 'A page is viewed' },
  { value: 'event', label: 'An event on the page' },
  { value: 'time_on_page', label: 'Time on the page' },
  { value: 'scroll_depth', label: 'Scrolled down the page' },
  { value: 'exit_intent', label: 'The shopper is about to leave' },
  { value: 'journey_complete', label: 'A journey is completed' },
];

/** When the widget may show the survey; the targeting decides to whom. */
export function TriggerField({ trigger, journeys, onChange }: Props) {
  const set = (patch: Partial<SurveyDraft['trigger']>) => onChange({ ...trigger, ...patch });
  return (
    <div class="editor-grid">
      <Field id="survey-trigger" label="Ask when">
        <select id="survey-trigger" class="input" value={trigger.type} onChange={(e) => set({ type: e.currentTarget.value as TriggerType })}>
          {TRIGGERS.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </Field>
      {trigger.type === 'event' && (
        <Field
          id="survey-trigger-event"
          label="Event name"
          help={
            <>
              The page calls <code>touchpoint('track', '{trigger.event || 'order_completed'}')</code> when it happens.
            </>
          }
        >
          <input
            id="survey-trigger-event"
            class="input mono"
            type="text"
            maxLength={60}
            spellcheck={false}
            placeholder="order_completed"
            aria-describedby="survey-trigger-event-help"
            value={trigger.event}
            onInput={(e) => set({ event: e.currentTarget.value })}
          />
        </Field>
      )}
      {trigger.type === 'time_on_page' && (
        <Field id="survey-trigger-seconds" label="Seconds on the page">
          <input id="survey-trigger-seconds" class="input" type="number" min={1} max={3600} value={trigger.seconds} onInput={(e) => set({ seconds: e.currentTarget.value })} />
        </Field>
      )}
      {trigger.type === 'scroll_depth' && (
        <Field id="survey-trigger-percent" label="Scrolled (% of the page)">
          <input id="survey-trigger-percent" class="input" type="number" min={1} max={100} value={trigger.percent} onInput={(e) => set({ percent: e.currentTarget.value })} />
        </Field>
      )}
      {trigger.type === 'journey_complete' && (
        <Field id="survey-trigger-journey" label="Journey">
          <input
            id="survey-trigger-journey"
            class="input mono"
            type="text"
            list="survey-journeys"
            maxLength={40}
            spellcheck={false}
            placeholder="checkout"
            value={trigger.journey}
            onInput={(e) => set({ journey: e.currentTarget.value })}
          />
          <datalist id="survey-journeys">
            {journeys.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
        </Field>
      )}
    </div>
  );
}
