import type { Migration } from './Migration.ts';

// Migration 33: e-mail survey campaigns (invitations). Released SQL: change it
// only through a new migration.

/**
 * A campaign asks a list of recipients to answer one survey by e-mail.
 * Recipients' addresses live only in `campaign_recipients` (and the outbox
 * rows of their mail), never beside the answers: an answer names the campaign
 * and a token's answer id, and `campaign_links` says which recipient a token
 * was sent to. Deleting a campaign deletes its recipients, links and mail
 * (cascades); retention deletes recipients like other visitor data
 * (db/visitorData.ts). The suppression list is mail_opt_outs (migration 16):
 * one list per site for replies and every campaign.
 */
export const campaigns: Migration = {
  version: 33,
  name: 'campaigns, recipients, links',
  sql: `
  CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    survey TEXT NOT NULL,
    messages TEXT NOT NULL,               -- JSON: { lang: { subject, intro } }
    default_lang TEXT NOT NULL,
    throttle_per_minute INTEGER NOT NULL,
    reminder_after_days INTEGER,          -- NULL: no reminder
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sending', 'sent')),
    created_by TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    public_url TEXT,                      -- the collector's address at the first send: the links of the reminder point there too
    reminded_at INTEGER,
    UNIQUE (site_id, slug)
  ) STRICT;

  CREATE TABLE campaign_recipients (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    name TEXT,
    lang TEXT,
    attributes TEXT NOT NULL DEFAULT '{}', -- JSON object of the list's other columns
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'invited', 'suppressed')),
    invitation_mail_id INTEGER,
    reminder_mail_id INTEGER,
    reminded_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (campaign_id, email)
  ) STRICT;
  CREATE INDEX campaign_recipients_site_time ON campaign_recipients(site_id, created_at);

  -- The answer id each sent token stands for (channels/responseToken.ts): how an answer is known to be a recipient's.
  CREATE TABLE campaign_links (
    answer_key TEXT PRIMARY KEY,
    recipient_id INTEGER NOT NULL REFERENCES campaign_recipients(id) ON DELETE CASCADE
  ) STRICT;
  CREATE INDEX campaign_links_recipient ON campaign_links(recipient_id);

  -- Invitations and reminders in the outbox name their campaign: deleting it deletes them, sent or not.
  ALTER TABLE mail_outbox ADD COLUMN campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE;
  CREATE INDEX mail_outbox_campaign ON mail_outbox(campaign_id) WHERE campaign_id IS NOT NULL;
`,
};
