import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';
import { openSurvey } from './dialog/entry.ts';
import { startSurveys as runSurveys } from './runSurveys.ts';
import type { SurveyCall, SurveyLaunch, SurveyRuntime } from './surveyContext.ts';

// The survey words of each language, each a chunk of its own. Imported from
// here rather than named by tp.js, which every page loads.
const WORDS: Record<WidgetLanguage, () => Promise<{ default: import('../i18n/strings/surveyWords.ts').SurveyWords }>> = {
  en: () => import('../i18n/strings/en.ts'),
  'zh-CN': () => import('../i18n/strings/zh-CN.ts'),
  'zh-TW': () => import('../i18n/strings/zh-TW.ts'),
};

/**
 * Entry of the surveys chunk: the runtime and the survey dialog, one file (a
 * chunk of its own would cost a survey's path another gzip stream), with the
 * words it loads when a survey is about to show.
 */
export function startSurveys(ctx: SurveyLaunch, earlier: SurveyCall[]): SurveyRuntime {
  return runSurveys(
    {
      ...ctx,
      loadDialog: async () => ({ openSurvey }),
      loadWords: () => WORDS[ctx.widgetLang]().then((m) => m.default),
    },
    earlier,
  );
}
