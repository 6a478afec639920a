import type { SurveyWords } from '../i18n/strings/surveyWords.ts';
import { openSurvey } from './dialog/entry.ts';
import { startSurveys as runSurveys } from './runSurveys.ts';
import type { SurveyCall, SurveyLaunch, SurveyRuntime } from './surveyContext.ts';

/**
 * Entry of the surveys chunk: the runtime and the survey dialog, one file (a
 * chunk of its own would cost a survey's path another gzip stream), with the
 * words it loads when a survey is about to show, a chunk per language, named
 * from here rather than by tp.js, which every page loads.
 */
export function startSurveys(ctx: SurveyLaunch, earlier: SurveyCall[]): SurveyRuntime {
  return runSurveys(
    {
      ...ctx,
      loadDialog: async () => ({ openSurvey }),
      // A chunk per language beside this one, all three named with one hash (widget/build.ts).
      loadWords: () =>
        import(/* @vite-ignore */ `./surveyStrings-${ctx.widgetLang}-${__TP_WORDS__.surveyStrings}.js`).then((m: { default: SurveyWords }) => m.default),
    },
    earlier,
  );
}
