import type { Channel, Device } from '../../../../../shared/schemas/response.ts';
import type { SiteRange } from './dateRange.ts';

/** One site over [from, to), narrowed by the view filters; null means "any". */
export interface ViewRange extends SiteRange {
  /** The site's IANA zone: daily series count its local days (localDaySql.ts). */
  timeZone: string;
  device: Device | null;
  channel: Channel | null;
  /** A language tag; also matches its regional forms (`zh` matches `zh-CN`). */
  lang: string | null;
  /** JSON array of page paths (a page or a touchpoint's pages), or null for every page. */
  paths: string | null;
  /** 1 returning visitors, 0 new ones. */
  returning: 0 | 1 | null;
  /** One `touchpoint('identify')` attribute: both set or both null. */
  attrKey: string | null;
  attrValue: string | null;
  /** A comment theme, read from comment_terms (filled as comments are stored: db/queries/comments/insertCommentTerms.ts). */
  theme: string | null;
  tag: string | null;
}

/** Every view's range without filters: for the callers that only have a site and dates. */
export function unfilteredRange(range: SiteRange & { timeZone?: string }): ViewRange {
  return { timeZone: 'UTC', ...range, device: null, channel: null, lang: null, paths: null, returning: null, attrKey: null, attrValue: null, theme: null, tag: null };
}

const TIME = `site_id = @siteId AND created_at >= @from AND created_at < @to`;
const LANG = `(lang = @lang COLLATE NOCASE OR lang LIKE @lang || '-%')`;
const PATHS = `path IN (SELECT value FROM json_each(@paths))`;
// Terms and tags carry their response's created_at, so the range bounds them
// too: a theme's year of comments is not read for a month's view.
const THEMED = `SELECT response_id FROM comment_terms WHERE site_id = @siteId AND term = @theme AND created_at >= @from AND created_at < @to`;
const TAGGED = `SELECT response_id FROM comment_tags WHERE site_id = @siteId AND tag = @tag AND created_at >= @from AND created_at < @to`;
/** Visits whose comments in the range have the theme and/or tag: the rows without comments of their own follow them. */
const commentedVisits = (range: ViewRange): string | null => {
  const commented: string[] = [];
  if (range.theme) commented.push(`id IN (${THEMED})`);
  if (range.tag) commented.push(`id IN (${TAGGED})`);
  if (!commented.length) return null;
  return `visit_id IN (SELECT visit_id FROM responses WHERE ${TIME} AND visit_id IS NOT NULL AND ${commented.join(' AND ')})`;
};
const attributeOf = (table: string) =>
  `EXISTS (SELECT 1 FROM json_each(${table}.attributes) WHERE key = @attrKey AND value = @attrValue)`;

// Only the filters a range sets become SQL: an unfiltered view keeps reading
// its covering index (responses_ratings, comment_terms_range), which a column
// named anywhere in the query, even behind "@x IS NULL OR", would rule out.
// Each distinct clause is a statement of its own in db/statement.ts's cache.

/**
 * The range's filters that rating_days (migration 34) holds too, under the
 * same column names: device, channel, language, pages, returning visitor.
 */
export function ratingDaysFilters(range: ViewRange): string[] {
  const clauses: string[] = [];
  if (range.device) clauses.push(`device = @device`);
  if (range.channel) clauses.push(`channel = @channel`);
  if (range.lang) clauses.push(LANG);
  if (range.paths !== null) clauses.push(PATHS);
  if (range.returning !== null) clauses.push(`returning_visitor = @returning`);
  return clauses;
}

/**
 * The WHERE clause over `responses` (unaliased) for a range, to run with the
 * range's named parameters.
 */
export function responsesWhere(range: ViewRange): string {
  const clauses = [TIME, ...ratingDaysFilters(range)];
  if (range.attrKey !== null) clauses.push(attributeOf('responses'));
  if (range.theme) clauses.push(`id IN (${THEMED})`);
  if (range.tag) clauses.push(`id IN (${TAGGED})`);
  return clauses.join('\n   AND ');
}

/**
 * The same over "What stopped you?" answers in `responses` (unaliased): most
 * carry no comment, so under a theme or tag an answer is kept when its own
 * comment or another of its visit's has it, as the visit's journey events are.
 */
export function abandonAnswersWhere(range: ViewRange): string {
  const clauses = [responsesWhere({ ...range, theme: null, tag: null })];
  const ownOrVisits = (matching: string) =>
    `(id IN (${matching}) OR visit_id IN (SELECT visit_id FROM responses WHERE ${TIME} AND visit_id IS NOT NULL AND id IN (${matching})))`;
  if (range.theme) clauses.push(ownOrVisits(THEMED));
  if (range.tag) clauses.push(ownOrVisits(TAGGED));
  return clauses.join('\n   AND ');
}

/**
 * The same over `comment_terms`, which carries device, channel, language and
 * page; the other filters are looked up on the term's response.
 */
export function commentTermsWhere(range: ViewRange): string {
  const clauses = [TIME];
  if (range.device) clauses.push(`device = @device`);
  if (range.channel) clauses.push(`channel = @channel`);
  if (range.lang) clauses.push(LANG);
  if (range.paths !== null) clauses.push(PATHS);
  const onResponse: string[] = [];
  if (range.returning !== null) onResponse.push(`returning_visitor = @returning`);
  if (range.attrKey !== null) onResponse.push(attributeOf('responses'));
  if (onResponse.length) {
    clauses.push(`response_id IN (SELECT id FROM responses WHERE ${TIME} AND ${onResponse.join(' AND ')})`);
  }
  if (range.theme) clauses.push(`response_id IN (${THEMED})`);
  if (range.tag) clauses.push(`response_id IN (${TAGGED})`);
  return clauses.join('\n   AND ');
}

/**
 * Rows that carry the visitor's columns themselves but no comment (journey
 * events, all on the web; survey answers, with their channel since migration
 * 28): a theme or tag keeps the rows of visits whose comments in the range have it.
 */
function visitRowsWhere(table: 'journey_events' | 'survey_answers', range: ViewRange, clauses: string[]): string {
  if (range.device) clauses.push(`device = @device`);
  // Survey answers say their channel (a hosted page's link or QR code); journey events are all on the web.
  if (range.channel && table === 'survey_answers') clauses.push(`channel = @channel`);
  else if (range.channel && range.channel !== 'web') clauses.push(`0`);
  if (range.lang) clauses.push(LANG);
  if (range.paths !== null) clauses.push(PATHS);
  if (range.returning !== null) clauses.push(`returning_visitor = @returning`);
  if (range.attrKey !== null) clauses.push(attributeOf(table));
  const commented = commentedVisits(range);
  if (commented) clauses.push(commented);
  return clauses.join('\n   AND ');
}

/** The same over `journey_events` (unaliased). */
export function journeyEventsWhere(range: ViewRange): string {
  return visitRowsWhere('journey_events', range, [TIME]);
}

/** The same over `survey_answers` (unaliased), of one survey when the range names it (`@survey`), else of all. */
export function surveyAnswersWhere(range: ViewRange & { survey?: string }): string {
  return visitRowsWhere('survey_answers', range, range.survey === undefined ? [TIME] : [TIME, `survey = @survey`]);
}

/**
 * The same over `survey_events` (unaliased), which record only page and
 * device: under a language, visitor, attribute, theme or tag filter, the
 * events of the visits whose answers pass it (so "shown" then counts the
 * visits that answered).
 */
export function surveyEventsWhere(range: ViewRange & { survey: string }): string {
  const clauses = [TIME, `survey = @survey`];
  if (range.device) clauses.push(`device = @device`);
  if (range.paths !== null) clauses.push(PATHS);
  // Events carry no channel: another channel's are those of the visits that answered through it.
  if ((range.channel && range.channel !== 'web') || range.lang || range.returning !== null || range.attrKey !== null || range.theme || range.tag) {
    clauses.push(`visit_id IN (SELECT visit_id FROM survey_answers WHERE ${surveyAnswersWhere(range)} AND visit_id IS NOT NULL)`);
  }
  return clauses.join('\n   AND ');
}
