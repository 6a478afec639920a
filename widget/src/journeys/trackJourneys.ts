import type { AbandonTrigger, JourneyEventInput } from '../../../shared/schemas/response.ts';
import { pagePath } from '../page/pagePath.ts';
import { sendBeacon } from '../transport/sendBeacon.ts';
import { watchExitIntent } from '../triggers/exitIntent.ts';
import { watchFastScrollUp } from '../triggers/fastScrollUp.ts';
import { followedLink, watchFormAbandon, wentBackFromForm } from '../triggers/formAbandon.ts';
import { watchIdleOnStep } from '../triggers/idleOnStep.ts';
import { isTouchOnly } from '../triggers/isTouchOnly.ts';
import { listen, safe } from '../triggers/listen.ts';
import { watchPageReturn } from '../triggers/pageReturn.ts';
import { whoAnswered } from '../visitor/whoAnswered.ts';
import { askWhatStopped } from './askWhatStopped.ts';
import type { JourneyContext, JourneyTracker } from './journeyContext.ts';
import { changedFields, JOURNEY_MARKUP, markOf, markupOf } from './journeyMarkup.ts';
import { MIN_MS_ON_PAGE, openJourneyState } from './journeyState.ts';
import { markForPath, marksForPath, type JourneyMark } from './urlSteps.ts';

/** The previous page's path when it was on this site; undefined otherwise. */
function referrerPath(): string | undefined {
  try {
    const url = new URL(document.referrer);
    return url.origin === location.origin ? url.pathname || '/' : undefined;
  } catch {
    return undefined; // no referrer
  }
}

/** Journey and step keys as the collector accepts them; anything else is ignored here rather than refused there. */
const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const MAX_MS_ON_STEP = 30 * 24 * 3600 * 1000;

/**
 * Journey tracking (the chunk's entry is entry.ts): follows the shopper through the site's journeys
 * (URL rules, markup, script), sends the step events the funnel is computed
 * from, and asks "What stopped you?" once when they are about to leave one.
 */
export function startJourneys(ctx: JourneyContext): JourneyTracker {
  const state = openJourneyState();
  const path = pagePath();
  const msOnPage = () => performance.now();
  const configOf = (journey: string) => ctx.journeys.find((j) => j.key === journey);
  /** Journey steps this page showed (URL rules, markup interaction, script). */
  const stepsHere: JourneyMark[] = [];
  const touched = new WeakSet<EventTarget>();
  const stops: (() => void)[] = [];
  /** This page is being left into the journey: not an abandonment. */
  let onward = false;
  // How the previous page left its step, read once before this page changes it.
  const arrivedFrom = state.visit.current && { ...state.visit.current };
  state.clearOnward();

  const journeyEvent = (
    journey: string,
    event: JourneyEventInput['event'],
    step?: string,
    more?: Partial<Pick<JourneyEventInput, 'msOnStep' | 'fieldsTouched' | 'path'>>,
  ): JourneyEventInput => ({
    // Where the shopper is now: a single-page app's route may have changed since this page loaded.
    type: 'journey_event', id: ctx.newId(), site: ctx.site, visitId: ctx.visitId, journey, step, event, path: pagePath(), ...more,
    lang: ctx.lang, ...whoAnswered(),
  });

  const step = (journey: string, key: string) => {
    if (!KEY.test(journey) || !KEY.test(key)) return;
    stepsHere.push({ journey, step: key });
    if (state.reach(journey, key, Date.now())) void ctx.send(journeyEvent(journey, 'reached', key));
  };
  const complete = (journey: string) => {
    if (!KEY.test(journey) || !state.complete(journey)) return;
    void ctx.send(journeyEvent(journey, 'completed'));
    ctx.completed(journey);
  };
  const onJourneyPage = () => stepsHere.some((mark) => mark.journey === state.visit.current?.journey);
  /** Going to `url` stays in the current journey: a link or form inside its markup, or a page its URL rules know. */
  const continues = (url: URL, target: Element) => {
    const journey = configOf(state.visit.current?.journey ?? '');
    return !!markupOf(target) || (!!journey && url.origin === location.origin && !!markForPath(journey, url.pathname));
  };
  const { canAsk, ask } = askWhatStopped(ctx, state, path, msOnPage);
  const askHere = (trigger: AbandonTrigger) => () => {
    if (onJourneyPage()) ask(trigger, state.visit.current);
  };

  // The core loads after the page's `load`: a shopper quick enough may have left
  // the previous step before it did. Arriving at another page of the same
  // journey from there (the referrer), that step was reached, on its own path.
  const marksHere = marksForPath(ctx.journeys, path);
  const from = referrerPath();
  for (const mark of from && from !== path ? marksForPath(ctx.journeys, from) : []) {
    const sameJourney = marksHere.some((here) => here.journey === mark.journey);
    if (mark.step && sameJourney && !state.reachedSteps(mark.journey).includes(mark.step) && state.reach(mark.journey, mark.step, Date.now())) {
      void ctx.send(journeyEvent(mark.journey, 'reached', mark.step, { path: from! }));
    }
  }

  // Steps and completion by the site config's URL rules.
  for (const mark of marksHere) {
    if (mark.step) step(mark.journey, mark.step);
    else complete(mark.journey);
  }

  // Markup: interacting with a journey form starts its step; typing counts its fields (never their values).
  const startMarkupStep = (target: EventTarget | null) => {
    const markup = markupOf(target);
    const mark = markup && markOf(markup);
    if (mark?.step) step(mark.journey, mark.step);
  };
  const touch = (field: HTMLInputElement) => {
    if (!onJourneyPage() || !/^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName) || touched.has(field)) return;
    touched.add(field);
    if (field.form) touched.add(field.form);
    state.touchField();
  };
  // The shopper may have been at it before this chunk arrived: a journey form
  // holding focus or changed fields starts its step, and changed fields count.
  for (const form of document.querySelectorAll<HTMLElement>(JOURNEY_MARKUP)) {
    if (form.contains(document.activeElement) || changedFields(form).length) startMarkupStep(form);
  }
  changedFields(document).forEach(touch);
  stops.push(
    listen(document, 'focusin', (event) => startMarkupStep(event.target)),
    listen(document, 'input', (event) => {
      startMarkupStep(event.target);
      touch(event.target as HTMLInputElement);
    }),
    listen(document, 'submit', (event) => {
      const form = event.target as HTMLFormElement;
      if (!event.defaultPrevented && (touched.has(form) || continues(new URL(form.action, location.href), form))) onward = true;
    }),
    listen<MouseEvent>(document, 'click', (event) => {
      const url = followedLink(event);
      if (url && continues(url, event.target as Element)) onward = true;
    }),
  );

  // Detectors: exit intent with a mouse; return, fast scroll up and idleness on touch devices; links everywhere.
  stops.push(
    ...(isTouchOnly()
      ? [watchPageReturn(document, askHere('return')), watchFastScrollUp(window, askHere('scroll_up')), watchIdleOnStep(document, askHere('idle'))]
      : [watchExitIntent(document, askHere('exit_intent'))]),
    watchFormAbandon(
      document,
      (url, target) => {
        const current = state.visit.current;
        return !!current?.fields && onJourneyPage() && !continues(url, target) && canAsk(current.journey);
      },
      (follow) => ask('form_abandon', state.visit.current, follow),
    ),
  );

  // Went back (or anywhere but onward) after typing into a step: ask here, once the page is old enough to ask at all.
  const arrival = setTimeout(
    safe(() => {
      if (!arrivedFrom) return;
      const journey = arrivedFrom.journey;
      const markup = [...document.querySelectorAll<HTMLElement>(JOURNEY_MARKUP)].map(markOf);
      const here = [...stepsHere, ...markup].filter((mark) => mark.journey === journey && mark.step).map((mark) => mark.step!);
      const order = configOf(journey)?.steps.map((s) => s.key) ?? state.reachedSteps(journey);
      if (wentBackFromForm(arrivedFrom, here, order)) ask('form_abandon', arrivedFrom);
    }),
    Math.max(0, MIN_MS_ON_PAGE - msOnPage()),
  );

  // Silent drop-off: leaving mid-journey without an answer still counts, for everyone.
  const listeningSince = Date.now();
  stops.push(
    listen(window, 'pagehide', () => {
      const current = state.visit.current;
      if (!current || state.isCompleted(current.journey)) return;
      // A link clicked before this chunk was listening (a quick shopper, a slow
      // network) still has the focus as the page goes: onward, if it continues.
      const link = Date.now() - listeningSince < 3000 && (document.activeElement?.closest?.('a[href]') as HTMLAnchorElement | null);
      if (link && continues(new URL(link.href, location.href), link)) onward = true;
      if (onward) return state.markOnward();
      if (current.left) return;
      state.markLeft();
      sendBeacon(
        ctx.api,
        journeyEvent(current.journey, 'abandoned', current.step, {
          msOnStep: Math.min(Math.max(0, Date.now() - current.since), MAX_MS_ON_STEP),
          fieldsTouched: Math.min(current.fields, 1000),
        }),
      );
    }),
  );

  const keyOf = (options: unknown, name: string) => {
    const value = (options as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    step: (options) => step(keyOf(options, 'journey'), keyOf(options, 'step')),
    complete: (options) => complete(keyOf(options, 'journey')),
    stop: () => {
      clearTimeout(arrival);
      for (const stop of stops) stop();
    },
  };
}
