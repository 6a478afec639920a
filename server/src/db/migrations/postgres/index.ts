import { TERM_DAYS_SQL } from './036-termDays.ts';
import { FIX_FIRST_FILTER_OPTIONS_SQL } from './037-fixFirstFilterOptions.ts';
import { SITES_VERSION_SQL } from './038-sitesVersion.ts';
import { SURVEY_ANSWER_DAYS_SQL } from './039-surveyAnswerDays.ts';
import { ATTRIBUTE_RATING_DAYS_SQL } from './040-attributeRatingDays.ts';
import { COLLECTORS_SHARE_STATE_SQL } from './041-collectorsShareState.ts';
import { COMPAT_FUNCTIONS_SQL } from './compatFunctions.ts';
import { SEED_ROWS_SQL } from './seedRows.ts';
import { TABLES_SQL } from './tables.ts';
import { TRIGGERS_SQL } from './triggers.ts';

/** SQLite migrations up to this one are in PostgreSQL's first migration, the whole schema at once. */
export const POSTGRES_BASE_VERSION = 35;

/**
 * PostgreSQL's migrations, numbered as the SQLite ones (db/migrations/index.ts)
 * they equal, so schema_migrations reads the same on both engines: the first
 * is the schema as of SQLite 035 (a new database needs no history), then one
 * per SQLite migration after it. Change them only through a new migration.
 */
export const POSTGRES_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  { version: POSTGRES_BASE_VERSION, name: 'schema of SQLite migrations 001–035', sql: COMPAT_FUNCTIONS_SQL + TABLES_SQL + TRIGGERS_SQL + SEED_ROWS_SQL },
  { version: 36, name: 'term_days, term_hours', sql: TERM_DAYS_SQL },
  { version: 37, name: 'responses_problem_comments, responses_comments, attribute_days', sql: FIX_FIRST_FILTER_OPTIONS_SQL },
  { version: 38, name: 'sites version', sql: SITES_VERSION_SQL },
  { version: 39, name: 'survey_answer_days, survey_answer_repeats', sql: SURVEY_ANSWER_DAYS_SQL },
  { version: 40, name: 'rating_days_attributes, rating_hours_attributes', sql: ATTRIBUTE_RATING_DAYS_SQL },
  { version: 41, name: 'rate_buckets, failure_counts, visitor_salts (unlogged)', sql: COLLECTORS_SHARE_STATE_SQL },
];
