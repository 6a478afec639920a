import type { Migration } from './Migration.ts';

export const commentThemesTags: Migration = {
  version: 7,
  name: 'comment themes and tags, rating index',
  sql: `
      -- The terms (shared/themes/tokenizeComment.ts) of every comment and "other"
      -- reason, with the response's filter columns copied so counting a month's
      -- themes is one index range scan, not a tokenizer pass over every comment.
      -- Filled lazily (server/src/insight/indexCommentTerms.ts) for responses
      -- whose terms_indexed is 0; deleted with their response or site.
      CREATE TABLE comment_terms (
        response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        term TEXT NOT NULL,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        path TEXT NOT NULL,
        device TEXT,
        channel TEXT NOT NULL,
        lang TEXT,
        PRIMARY KEY (response_id, term)
      ) STRICT;
      -- Covering: a month's themes, filtered or not, are read from the index alone.
      CREATE INDEX comment_terms_range ON comment_terms(site_id, created_at, term, device, channel, lang, path);
      CREATE INDEX comment_terms_term ON comment_terms(site_id, term, created_at);

      ALTER TABLE responses ADD COLUMN terms_indexed INTEGER NOT NULL DEFAULT 0;
      -- Finds the comments not yet split into terms without reading the others.
      CREATE INDEX responses_terms_pending ON responses(site_id)
        WHERE terms_indexed = 0 AND (comment IS NOT NULL OR other_text IS NOT NULL);

      -- Covers the rating counts every score view starts from (per page, per
      -- segment, per visit for peak-end, with the view filters): with 1 million
      -- responses a year the journey map, fix first, segments and peak-end read a month from this index alone
      -- instead of looking up each row (bench/insightViews.ts).
      CREATE INDEX responses_ratings ON responses(site_id, created_at, rating, path, device, channel, lang, visit_id)
        WHERE rating IS NOT NULL;

      -- Tags the team puts on comments (SERVQUAL dimensions by default, shared/commentTags.ts).
      -- created_at is the response's, so retention removes a tag with its comment.
      CREATE TABLE comment_tags (
        response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (response_id, tag)
      ) STRICT;
      CREATE INDEX comment_tags_tag ON comment_tags(site_id, tag, created_at);
    `,
};
