import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface LinkAnswer {
  /** verifyResponseToken's answerId: one per signed link. */
  answerId: string;
  siteId: number;
  survey: string;
  campaign: string;
  recipient: string;
  channel: string;
  at: number;
}

const UPSERT = `
  INSERT INTO survey_link_answers (answer_id, site_id, survey, campaign, recipient, channel, created_at, last_answered_at)
  VALUES (@answerId, @siteId, @survey, @campaign, @recipient, @channel, @at, @at)
  ON CONFLICT (answer_id) DO UPDATE SET last_answered_at = excluded.last_answered_at`;

/** Notes that a signed link's recipient answered (first time, or again). Call inside write(). */
export function recordLinkAnswer(db: Db, answer: LinkAnswer): void {
  statement(db, UPSERT).run(answer);
}
