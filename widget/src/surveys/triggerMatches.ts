import type { SurveyTrigger } from '../../../shared/schemas/survey.ts';

/** Something that happened on the page that a survey trigger may be waiting for. */
export type Signal =
  | { type: 'pageview' }
  | { type: 'event'; event: string }
  | { type: 'time_on_page'; seconds: number }
  | { type: 'scroll_depth'; percent: number }
  | { type: 'exit_intent' }
  | { type: 'journey_complete'; journey: string };

/** Whether a signal sets off a trigger: the same kind, and the event, journey or threshold it names. */
export function triggerMatches(trigger: SurveyTrigger, signal: Signal): boolean {
  if (trigger.type !== signal.type) return false;
  if (trigger.type === 'event') return trigger.event === (signal as { event: string }).event;
  if (trigger.type === 'journey_complete') return trigger.journey === (signal as { journey: string }).journey;
  if (trigger.type === 'time_on_page') return (signal as { seconds: number }).seconds >= trigger.seconds;
  if (trigger.type === 'scroll_depth') return (signal as { percent: number }).percent >= trigger.percent;
  return true;
}
