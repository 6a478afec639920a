import type { Migration } from './Migration.ts';

export const commentTagSet: Migration = {
  version: 11,
  name: "a site's own comment tag set",
  sql: `
      -- The tags a team offers for its comments (shared/schemas/commentTagSet.ts), a JSON
      -- array in the order shown. No row: the defaults (SERVQUAL, server/src/insight/siteCommentTags.ts).
      CREATE TABLE comment_tag_sets (
        site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
        tags TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `,
};
