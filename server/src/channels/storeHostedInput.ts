import type { z } from 'zod';
import type { Device } from '../../../shared/schemas/response.ts';
import type { hostedInputSchema } from '../../../shared/schemas/hostedSurvey.ts';
import type { Survey } from '../../../shared/schemas/survey.ts';
import type { Db } from '../db/openDatabase.ts';
import { recordLinkAnswer } from '../db/queries/channels/recordLinkAnswer.ts';
import { insertSurveyAnswer, upsertSurveyAnswer } from '../db/queries/surveys/insertSurveyAnswer.ts';
import { insertSurveyEvent } from '../db/queries/surveys/insertSurveyEvent.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { write } from '../db/write.ts';
import { groupCommit } from '../ingest/groupCommit.ts';
import type { StoreMeta } from '../ingest/storeMeta.ts';
import { surveyAnswerRow } from '../ingest/surveyAnswerRow.ts';
import { surveyEventRow } from '../ingest/surveyEventRow.ts';
import type { CheckedLink } from './hostedLink.ts';

type HostedInput = z.infer<typeof hostedInputSchema>;

export interface HostedMeta {
  device: Device;
  now: number;
}

/** The page every hosted answer is recorded on, whatever the browser says. */
export const hostedPath = (site: StoredSite, survey: Survey) => `/s/${site.key}/${survey.key}`;

/**
 * Stores what a hosted survey page sent, checked against the survey as the
 * widget's answers are (ingest/surveyAnswerRow.ts), with the link's channel
 * and campaign. A signed link's answers are keyed by its token, one row per
 * question however often it is answered (a later answer replaces it), in the
 * visit named by the token, and the recipient is noted as having answered.
 * Cases and webhook events follow from the stored rows after the commit.
 */
export function storeHostedInput(db: Db, site: StoredSite, survey: Survey, input: HostedInput, link: CheckedLink, meta: HostedMeta): void {
  const stored: StoreMeta = { siteId: site.id, device: meta.device, channel: link.channel, createdAt: meta.now, receivedAt: meta.now, at: '' };
  const signed = link.signed;
  const path = hostedPath(site, survey);
  const visitId = signed?.answerId ?? input.visitId;
  if (input.type === 'survey_event') {
    const row = surveyEventRow(survey, { ...input, survey: survey.key, path, visitId }, stored);
    insertSurveyEvent(db, signed ? { ...row, id: `${signed.answerId}-${input.event}` } : row);
  } else {
    const row = {
      ...surveyAnswerRow(survey, { ...input, survey: survey.key, path, visitId }, stored),
      channel: link.channel,
      campaign: link.campaign,
    };
    if (!signed) insertSurveyAnswer(db, row);
    else
      write(db, () => {
        upsertSurveyAnswer(db, { ...row, id: `${signed.answerId}-${row.question}` });
        recordLinkAnswer(db, { answerId: signed.answerId, siteId: site.id, survey: survey.key, campaign: signed.campaign, recipient: signed.recipient, channel: link.channel, at: meta.now });
      });
  }
  groupCommit(db).committed();
}
