import type { Survey } from '../../../../shared/schemas/survey.ts';

/** The survey's trigger and sampling in a few words, for the list: "On order_completed · 10% sampled · again after 90 days". */
export function triggerSummary(survey: Pick<Survey, 'trigger' | 'targeting' | 'recurDays'>): string {
  const t = survey.trigger;
  const when =
    t.type === 'pageview'
      ? 'On a page view'
      : t.type === 'event'
        ? `On the ${t.event} event`
        : t.type === 'time_on_page'
          ? `After ${t.seconds} s on a page`
          : t.type === 'scroll_depth'
            ? `At ${t.percent}% scrolled`
            : t.type === 'exit_intent'
              ? 'When leaving'
              : `When the ${t.journey} journey completes`;
  const parts = [when];
  if (survey.targeting.samplePercent < 100) parts.push(`${survey.targeting.samplePercent}% sampled`);
  parts.push(survey.recurDays === null ? 'once per visitor' : `again after ${survey.recurDays} days`);
  return parts.join(' · ');
}
