import type { Campaign, CampaignMessage } from '../../../../../shared/schemas/campaigns.ts';

export interface StoredCampaign extends Omit<Campaign, 'counts' | 'status'> {
  id: number;
  siteId: number;
  /** As stored: `sending` from the first send on; the answer says `sent` once nothing waits in the outbox. */
  status: Campaign['status'];
  sentAtMs: number | null;
  publicUrl: string | null;
}

export interface CampaignRow {
  id: number;
  site_id: number;
  slug: string;
  name: string;
  survey: string;
  messages: string;
  default_lang: string;
  throttle_per_minute: number;
  reminder_after_days: number | null;
  status: Campaign['status'];
  created_by: string | null;
  created_at: number;
  sent_at: number | null;
  public_url: string | null;
  reminded_at: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toStoredCampaign(row: CampaignRow): StoredCampaign {
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    name: row.name,
    survey: row.survey,
    messages: JSON.parse(row.messages) as Record<string, CampaignMessage>,
    defaultLang: row.default_lang,
    throttlePerMinute: row.throttle_per_minute,
    reminderAfterDays: row.reminder_after_days,
    status: row.status,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    sentAt: iso(row.sent_at),
    sentAtMs: row.sent_at,
    publicUrl: row.public_url,
    remindedAt: iso(row.reminded_at),
  };
}
