import type { Survey } from '../../../shared/schemas/survey.ts';
import type { SurveyWords } from '../i18n/strings/surveyWords.ts';

/**
 * A survey's words: the bundled ones with the survey's overrides on top.
 * Override keys are the bundled words' keys (`send`, `next`, `thanks`, …)
 * and, per question, `<question id>.text`, `.lowLabel`, `.highLabel`,
 * `.placeholder` and `<question id>.<option id>`. Overrides for the widget's
 * language apply first, then for the page's primary language ('ar'), then for
 * its full tag ('ar-EG'): a site can translate a survey into a language we do not bundle.
 */
export type SurveyStrings = SurveyWords & Record<string, string | undefined>;

export function surveyStrings(bundled: SurveyWords, overrides: Survey['strings'] | undefined, langs: string[]): SurveyStrings {
  const merged: Record<string, unknown> = { ...bundled };
  for (const lang of langs) {
    for (const [tag, strings] of Object.entries(overrides ?? {})) {
      if (tag.toLowerCase() === lang.toLowerCase()) Object.assign(merged, strings);
    }
  }
  return merged as SurveyStrings;
}

/** The languages whose overrides apply, least specific first. */
export function overrideLanguages(widgetLang: string, pageLang: string | undefined): string[] {
  return pageLang ? [widgetLang, pageLang.split(/[-_]/)[0]!, pageLang] : [widgetLang];
}
