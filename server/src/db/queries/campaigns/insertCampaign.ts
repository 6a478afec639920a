import type { z } from 'zod';
import type { campaignInputSchema } from '../../../../../shared/schemas/campaigns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** A new draft campaign (inside a write); false when the site already has one with that slug. */
export function insertCampaign(db: Db, siteId: number, input: z.infer<typeof campaignInputSchema>, createdBy: string | null, now: number): boolean {
  const result = statement(
    db,
    `INSERT INTO campaigns (site_id, slug, name, survey, messages, default_lang, throttle_per_minute, reminder_after_days, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, slug) DO NOTHING`,
  ).run(siteId, input.slug, input.name, input.survey, JSON.stringify(input.messages), input.defaultLang, input.throttlePerMinute, input.reminderAfterDays, createdBy, now);
  return result.changes === 1;
}
