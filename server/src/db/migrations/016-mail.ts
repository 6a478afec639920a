import type { Migration } from './Migration.ts';

// Migration 16: the mail outbox and log, opt-outs and the key links are signed
// with. Released SQL: change it only through a new migration.

/**
 * A mail is written here in the transaction of the change that causes it, and
 * sent after the commit by server/src/mail/mailRelay.ts (also at start), so a
 * change that did not commit sends nothing and a committed one is sent even
 * after a crash. The row stays as the log ("Sent mail"). A reply to a shopper
 * names the response whose contact it goes to: deleting that response deletes
 * the mail, address and all.
 */
export const mail: Migration = {
  version: 16,
  name: 'mail outbox and log, opt-outs, link key',
  sql: `
  CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    response_id TEXT REFERENCES responses(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,             -- reply | notification | …
    to_address TEXT NOT NULL,
    from_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    headers TEXT NOT NULL DEFAULT '{}',   -- JSON object of extra headers
    lang TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'written', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    error TEXT,
    file TEXT,                      -- the .eml written when no SMTP server is configured
    created_at INTEGER NOT NULL,
    sent_at INTEGER
  ) STRICT;
  CREATE INDEX mail_outbox_pending ON mail_outbox(next_attempt_at) WHERE status = 'pending';
  CREATE INDEX mail_outbox_site ON mail_outbox(site_id, id);
  CREATE INDEX mail_outbox_case ON mail_outbox(case_id);
  CREATE INDEX mail_outbox_site_time ON mail_outbox(site_id, created_at);

  -- Honoured from then on: no reply goes to an address listed here for the site.
  CREATE TABLE mail_opt_outs (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, email)
  ) STRICT;

  -- Signs the opt-out and recovery links in mail (server/src/mail/signedLink.ts).
  CREATE TABLE link_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL
  ) STRICT;
  INSERT INTO link_keys (id, secret) VALUES (1, randomblob(32));
`,
};
