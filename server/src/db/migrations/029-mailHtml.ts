import type { Migration } from './Migration.ts';

// Migration 29: a mail may carry an HTML part beside its text (digests,
// survey invitations with one-click scores); replies stay text only.
// Released SQL: change it only through a new migration.
export const mailHtml: Migration = {
  version: 29,
  name: 'mail html part',
  sql: `ALTER TABLE mail_outbox ADD COLUMN html TEXT;`,
};
