import type { AbandonTrigger } from '../../../shared/schemas/response.ts';
import { safe } from '../triggers/listen.ts';
import { whoAnswered } from '../visitor/whoAnswered.ts';
import { reasonsToShow } from './defaultReasons.ts';
import type { JourneyContext } from './journeyContext.ts';
import type { CurrentStep, JourneyState } from './journeyState.ts';

/** After an answer given on the way out through a link, time to read "Thank you!" before the link is followed. */
const FOLLOW_AFTER_ANSWER_MS = 1200;

/**
 * Asking "What stopped you?": whether we may now (the visit's policy, the page
 * visible, no other dialog open), and showing the question about a step.
 * `follow` continues a held-back navigation once the shopper answered or closed.
 */
export function askWhatStopped(ctx: JourneyContext, state: JourneyState, path: string, msOnPage: () => number) {
  const canAsk = (journey: string) =>
    document.visibilityState !== 'hidden' && !ctx.root.querySelector('[role=dialog]') && state.mayAsk(journey, msOnPage());

  const ask = safe((trigger: AbandonTrigger, about: CurrentStep | undefined, follow?: () => void) => {
    if (!about || !canAsk(about.journey)) return follow?.();
    const { journey, step } = about;
    // The question came uninvited: focus goes back where the shopper was.
    const focused = document.activeElement as HTMLElement | null;
    state.markAsked(journey);
    Promise.all([ctx.loadAbandon(), ctx.loadWords()])
      .then(([{ openAbandon }, strings]) =>
        // A survey may have opened while this loaded (the same exit intent): one dialog at a time.
        ctx.root.querySelector('[role=dialog]') ? follow?.() : openAbandon({
          ...ctx, // where to draw (root, addStyles); the dialog reads nothing else of it
          strings,
          reasons: reasonsToShow(ctx.journeys.find((j) => j.key === journey)?.reasons, strings.reasons, ctx.lang),
          submit: async (answer) => {
            const result = await ctx.send({
              type: 'abandon_reason', id: ctx.newId(), site: ctx.site, visitId: ctx.visitId,
              journey, step, ...answer, trigger, path, lang: ctx.lang, ...whoAnswered(),
            });
            if (result.ok || result.retry) {
              state.markLeft(); // an answer records the drop-off: no `abandoned` beacon needed
              if (follow) setTimeout(follow, FOLLOW_AFTER_ANSWER_MS);
            }
            return result;
          },
          onDecline: state.decline,
          onClosed: () => {
            focused?.focus?.();
            follow?.();
          },
        }),
      )
      .catch(() => follow?.());
  });

  return { canAsk, ask };
}
