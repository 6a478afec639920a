import type { HostedPageData } from '../../../shared/schemas/hostedSurvey.ts';
import type { Survey } from '../../../shared/schemas/survey.ts';
import { widgetLanguage } from '../../../shared/widgetLanguage.ts';
import type { Db } from '../db/openDatabase.ts';
import { getLinkAnswers, type LinkAnswerRow } from '../db/queries/channels/getLinkAnswers.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import type { CheckedLink } from './hostedLink.ts';

/** A stored answer as the widget holds it: a score, an option id, option ids, or text. */
function answerValue(row: LinkAnswerRow): number | string | string[] {
  if (row.score !== null) return row.score;
  if (row.question_type === 'single_choice') return (JSON.parse(row.value ?? '[]') as string[])[0] ?? '';
  if (row.question_type === 'multiple_choice') return JSON.parse(row.value ?? '[]') as string[];
  return row.value ?? '';
}

/**
 * What the hosted page's script needs: the live survey's questions and words,
 * the language, the site's appearance, how the page was reached, and for a
 * signed link what its recipient already answered (the one-click score), so
 * the page goes on from there.
 */
export function hostedPageData(db: Db, site: StoredSite, survey: Survey, link: CheckedLink & { token?: string }, lang: string): HostedPageData {
  const answered = link.signed
    ? Object.fromEntries(getLinkAnswers(db, site.id, survey.key, link.signed.answerId).map((row) => [row.question, answerValue(row)]))
    : {};
  return {
    site: site.key,
    survey: survey.key,
    questions: survey.questions,
    strings: survey.strings,
    widgetLang: widgetLanguage(lang),
    lang,
    appearance: site.appearance,
    // A signed link's answers carry its token, which alone says their channel and campaign.
    link: link.signed ? { channel: link.channel, t: link.token } : { channel: link.channel, campaign: link.campaign },
    answered,
    visitId: link.signed?.answerId,
  };
}
