import { NEGATIVE_RATING_MAX } from '../../../../shared/scores/ratingScale.ts';
import { beforeRecountPoint, dayOf } from './034-ratingDays.ts';
import type { Migration } from './Migration.ts';

// Migration 37 (issue 16): what fix first's complaints, the themes' count of
// comments and the filter menu's attributes read, which at ten million responses a year still meant looking
// up every response of the range (about 820 000 for a month). Released SQL:
// change it only through a new migration.

/**
 * A complaint (db/queries/comments/getProblemComments.ts): a comment with a
 * rating of 1–2, or what was written with a "What stopped you?" answer.
 * SQLite uses the partial index below only for a query whose WHERE holds this
 * very term, so the query takes it from here.
 */
export const PROBLEM_COMMENT_SQL = `((rating <= ${NEGATIVE_RATING_MAX} AND comment IS NOT NULL)
                  OR (type = 'abandon_reason' AND (comment IS NOT NULL OR other_text IS NOT NULL)))`;

// Responses carrying attributes counted per site, local day and set (the
// stored JSON, as db/queries/responses/getFilterAttributes.ts groups them),
// kept by triggers on responses like rating_days, and recounted with it when
// the site's zone changes (sites/recountRatingDays.ts).
const add = (guard: string) => `
    INSERT INTO attribute_days SELECT NEW.site_id, ${dayOf('NEW')}, NEW.attributes, 1 WHERE ${guard} AND ${beforeRecountPoint('NEW')}
    ON CONFLICT (site_id, day, attributes) DO UPDATE SET responses = responses + excluded.responses;`;
const KEY = `site_id = OLD.site_id AND day = ${dayOf('OLD')} AND attributes = OLD.attributes`;
const remove = (guard: string) => `
    UPDATE attribute_days SET responses = responses - 1 WHERE ${KEY} AND ${guard} AND ${beforeRecountPoint('OLD')};
    DELETE FROM attribute_days WHERE ${KEY} AND responses = 0 AND ${guard} AND ${beforeRecountPoint('OLD')};`;

/** attribute_days' rows of the responses `where` picks (over `responses AS r`), added to those there. */
export const attributeDaysRowsSql = (where: string) => `
  INSERT INTO attribute_days
  SELECT r.site_id, ${dayOf('r')}, r.attributes, count(*) FROM responses r
   WHERE r.attributes IS NOT NULL AND ${where}
   GROUP BY 1, 2, 3
  ON CONFLICT (site_id, day, attributes) DO UPDATE SET responses = responses + excluded.responses`;

/** Every site's attribute_days from its responses (a site being recounted keeps those past its point for the recount): the backfill, and bench/bulkLoad.ts's. */
export const ATTRIBUTE_DAYS_BACKFILL_SQL = attributeDaysRowsSql(beforeRecountPoint('r'));

/** A response with words of its own: what themes count as comments. */
export const COMMENTED_SQL = '(comment IS NOT NULL OR other_text IS NOT NULL)';

export const fixFirstFilterOptions: Migration = {
  version: 37,
  name: 'responses_problem_comments and responses_comments (complaints and comments, indexed alone) and attribute_days (attribute sets per site and local day)',
  sql: `
  CREATE INDEX responses_problem_comments ON responses(site_id, created_at, path, type, rating, comment, other_text)
   WHERE ${PROBLEM_COMMENT_SQL};
  -- The themes' count of comments (db/queries/comments/countComments.ts, which holds this very term) from the comments alone.
  CREATE INDEX responses_comments ON responses(site_id, created_at) WHERE ${COMMENTED_SQL};

  CREATE TABLE attribute_days (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    attributes TEXT NOT NULL,
    responses INTEGER NOT NULL,
    PRIMARY KEY (site_id, day, attributes)
  ) STRICT, WITHOUT ROWID;

  CREATE TRIGGER responses_attribute_days_insert AFTER INSERT ON responses WHEN NEW.attributes IS NOT NULL
  BEGIN ${add('1')}
  END;
  CREATE TRIGGER responses_attribute_days_delete AFTER DELETE ON responses WHEN OLD.attributes IS NOT NULL
  BEGIN ${remove('1')}
  END;
  CREATE TRIGGER responses_attribute_days_update AFTER UPDATE OF site_id, created_at, attributes ON responses
  WHEN OLD.attributes IS NOT NULL OR NEW.attributes IS NOT NULL
  BEGIN ${remove('OLD.attributes IS NOT NULL')}${add('NEW.attributes IS NOT NULL')}
  END;

  ${ATTRIBUTE_DAYS_BACKFILL_SQL};
`,
};
