import type { Survey } from '../../../shared/schemas/survey.ts';
import { pagePath } from '../page/pagePath.ts';
import { watchExitIntent } from '../triggers/exitIntent.ts';
import { watchFastScrollUp } from '../triggers/fastScrollUp.ts';
import { isTouchOnly } from '../triggers/isTouchOnly.ts';
import { safe } from '../triggers/listen.ts';
import { watchRouteChange } from '../triggers/routeChange.ts';
import { watchScrollDepth } from '../triggers/scrollDepth.ts';
import { cleanAttributes, readAttributes } from '../visitor/attributes.ts';
import { deviceType } from './deviceType.ts';
import { openFatigue } from './fatigue.ts';
import type { SurveyCall, SurveyContext, SurveyRuntime } from './surveyContext.ts';
import { overrideLanguages, surveyStrings } from './surveyStrings.ts';
import { isTargeted } from './targeting.ts';
import { triggerMatches, type Signal } from './triggerMatches.ts';
import { hasPrivacySignal, visitorKind } from '../visitor/visitorKind.ts';

/**
 * The surveys runtime, on pages of sites with live surveys (see entry.ts):
 * watches for what the surveys' triggers wait for, and shows the first survey
 * that is triggered, targeted at this visitor, not held back by fatigue and in
 * its sample. `earlier` are the page's calls made before the chunk arrived.
 */
export function startSurveys(ctx: SurveyContext, earlier: SurveyCall[] = []): SurveyRuntime {
  const { cooldownDays, surveys } = ctx.surveys;
  const fatigue = openFatigue(localStorage, sessionStorage);
  const privacy = hasPrivacySignal();
  const kind = privacy ? undefined : visitorKind(localStorage, sessionStorage);
  const device = deviceType(navigator.userAgent, navigator.maxTouchPoints);
  let attributes = privacy ? {} : readAttributes(sessionStorage);
  let busy = false;
  let stopped = false;
  let pageStart = 0;
  let pageStops: (() => void)[] = [];
  const triggersOf = <T extends Survey['trigger']['type']>(type: T) =>
    surveys.map((s) => s.trigger).filter((t): t is Extract<Survey['trigger'], { type: T }> => t.type === type);

  const show = async (survey: Survey) => {
    busy = true;
    fatigue.markShown(survey.key);
    // The survey came uninvited: focus goes back where the shopper was.
    const focused = document.activeElement as HTMLElement | null;
    const path = pagePath();
    const event = (name: 'shown' | 'dismissed' | 'completed') =>
      void ctx.send({ type: 'survey_event', id: ctx.newId(), site: ctx.site, visitId: ctx.visitId, survey: survey.key, event: name, path });
    /** Not shown after all: the visit may show one later. */
    const giveBack = () => {
      fatigue.unmarkShown();
      busy = false;
    };
    try {
      const [{ openSurvey }, strings] = await Promise.all([ctx.loadDialog(), ctx.loadWords()]);
      // Removed meanwhile, or the shopper opened another form.
      if (stopped || ctx.root.querySelector('[role=dialog]')) return giveBack();
      openSurvey({
        ...ctx, // where to draw (root, addStyles); the dialog reads nothing else of it
        strings: surveyStrings(strings, survey.strings, overrideLanguages(ctx.widgetLang, ctx.lang)),
        questions: survey.questions,
        answer(question, value) {
          fatigue.markDone(survey.key);
          void ctx.send({
            type: 'survey_answer', id: ctx.newId(), site: ctx.site, visitId: ctx.visitId, survey: survey.key,
            question: question.id, value, path, lang: ctx.lang,
            returning: kind && kind === 'returning',
            attributes: Object.keys(attributes).length ? attributes : undefined,
          });
        },
        onDismiss() {
          fatigue.markDone(survey.key);
          event('dismissed');
        },
        onComplete: () => event('completed'),
        onClosed: () => focused?.focus?.(),
      });
      event('shown');
    } catch (error) {
      giveBack();
      throw error;
    }
  };

  const fire = safe((signal: Signal) => {
    if (busy || stopped || document.visibilityState === 'hidden' || ctx.root.querySelector('[role=dialog]')) return;
    const visitor = { path: pagePath(), device, kind, lang: ctx.lang ?? '', attributes };
    const survey = surveys.find(
      (s) =>
        triggerMatches(s.trigger, signal) &&
        isTargeted(s.targeting, visitor) &&
        fatigue.mayShow(s, cooldownDays) &&
        fatigue.sampled(s.key, s.targeting?.samplePercent),
    );
    if (survey) show(survey).catch((error) => console.warn('[touchpoint]', error));
  });

  /** A page view, the first or a single-page app's route change: its clock and scroll depth start over. */
  const pageView = () => {
    for (const stop of pageStops) stop();
    const seconds = new Set(triggersOf('time_on_page').map((t) => t.seconds));
    const timers = [...seconds].map((s) =>
      setTimeout(() => fire({ type: 'time_on_page', seconds: s }), Math.max(0, s * 1000 - (performance.now() - pageStart))),
    );
    pageStops = [
      () => timers.forEach(clearTimeout),
      watchScrollDepth(window, document, triggersOf('scroll_depth').map((t) => t.percent), (percent) => fire({ type: 'scroll_depth', percent })),
    ];
    fire({ type: 'pageview' });
  };

  const stops = [
    watchRouteChange(window, () => {
      pageStart = performance.now();
      pageView();
    }),
  ];
  if (triggersOf('exit_intent').length) {
    const exit = () => fire({ type: 'exit_intent' });
    stops.push(isTouchOnly() ? watchFastScrollUp(window, exit) : watchExitIntent(document, exit));
  }

  const runtime: SurveyRuntime = {
    command(name, [first]) {
      if (name === 'track' && typeof first === 'string') fire({ type: 'event', event: first });
      if (name === 'identify' && !privacy) {
        // tp.js has kept them for the visit; here they count at once, even where storage is blocked.
        attributes = cleanAttributes({ ...attributes, ...cleanAttributes(first) });
        fire({ type: 'pageview' }); // a survey for these attributes may be waiting on this page
      }
    },
    journeyCompleted: (journey) => fire({ type: 'journey_complete', journey }),
    stop() {
      stopped = true;
      for (const stop of [...stops, ...pageStops]) stop();
    },
  };
  for (const call of earlier) call(runtime);
  pageView();
  return runtime;
}
