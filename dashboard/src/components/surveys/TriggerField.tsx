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
      <div class="field">
        <label class="field-label" for="survey-trigger">
          Ask when
        </label>
        <select id="survey-trigger" class="input" value={trigger.type} onChange={(e) => set({ type: e.currentTarget.value as TriggerType })}>
          {TRIGGERS.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {trigger.type === 'event' && (
        <div class="field">
          <label class="field-label" for="survey-trigger-event">
            Event name
          </label>
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
          <p id="survey-trigger-event-help" class="field-help muted">
            The page calls <code>touchpoint('track', '{trigger.event || 'order_completed'}')</code> when it happens.
          </p>
        </div>
      )}
      {trigger.type === 'time_on_page' && (
        <div class="field">
          <label class="field-label" for="survey-trigger-seconds">
            Seconds on the page
          </label>
          <input id="survey-trigger-seconds" class="input" type="number" min={1} max={3600} value={trigger.seconds} onInput={(e) => set({ seconds: e.currentTarget.value })} />
        </div>
      )}
      {trigger.type === 'scroll_depth' && (
        <div class="field">
          <label class="field-label" for="survey-trigger-percent">
            Scrolled (% of the page)
          </label>
          <input id="survey-trigger-percent" class="input" type="number" min={1} max={100} value={trigger.percent} onInput={(e) => set({ percent: e.currentTarget.value })} />
        </div>
      )}
      {trigger.type === 'journey_complete' && (
        <div class="field">
          <label class="field-label" for="survey-trigger-journey">
            Journey
          </label>
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
        </div>
      )}
    </div>
  );
}
