import type { CampaignPreview } from '../../../shared/schemas/campaigns.ts';
import type { Db } from '../db/openDatabase.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { SCORE_SCALES, isScoreQuestionType } from '../../../shared/surveyScales.ts';
import { invitationFor } from './invitationFor.ts';
import { requireCampaign } from './queueCampaignMail.ts';

/**
 * The invitation as a recipient in `lang` would get it, with a sample name.
 * Its links are unsigned (the survey's page, `#`): a preview must not hold a
 * link that records an answer.
 */
export function previewCampaign(db: Db, site: StoredSite, slug: string, lang: string | undefined, publicUrl: string): CampaignPreview {
  const campaign = requireCampaign(db, site.id, slug);
  const survey = findSurvey(db, site.id, campaign.survey);
  const first = survey?.questions[0];
  const surveyUrl = `${publicUrl}/s/${encodeURIComponent(site.key)}/${encodeURIComponent(campaign.survey)}`;
  const scale = first && isScoreQuestionType(first.type) ? SCORE_SCALES[first.type] : undefined;
  const scores = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({ score: scale.min + i, url: '#' })) : [];
  const mail = invitationFor(site, campaign, survey, { name: 'Alex', lang: lang ?? campaign.defaultLang, attributes: {} }, { surveyUrl, scores }, () => '#', false, (key) => `[${key}]`);
  return { lang: mail.lang, subject: mail.subject, text: mail.text, html: mail.html };
}
