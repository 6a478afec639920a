import type { Migration } from './Migration.ts';

export const visitorSaltsLeave: Migration = {
  version: 12,
  name: 'visitor salts leave the database',
  sql: `
      -- The day's salt is now a file beside the database (privacy/dailySalt.ts), so
      -- backups hold none. secure_delete zeroes the freed pages: otherwise the old
      -- salt would linger in them and be copied by the next backup.
      PRAGMA secure_delete = ON;
      DROP TABLE salts;
      PRAGMA secure_delete = OFF;
    `,
};
