// Where what visitors send is stored. Retention and deletion cover exactly these
// tables, so a new table of visitor data must be listed here (the test
// server/test/visitorData.test.ts fails until every table with a site_id is
// listed in one of the two lists).

/** Rows that visitors sent, each with site_id and created_at (ms since epoch). */
export const VISITOR_DATA_TABLES = ['responses', 'journey_events', 'survey_answers', 'survey_events', 'comment_terms', 'comment_tags', 'case_queue', 'cases', 'mail_outbox', 'webhook_events', 'survey_link_answers', 'imports', 'campaign_recipients'] as const;

/**
 * Per-site tables that are settings or aggregates, not visitor data: kept. The
 * peak–end rollup (peak_end_visits) follows its visitor data by triggers;
 * site_members says which team members see the site.
 */
export const SITE_SETTINGS_TABLES = [
  'journeys',
  'ingestion_counts',
  'stages',
  'touchpoints',
  'surveys',
  'comment_tag_sets',
  'peak_end_visits',
  'site_members',
  'teams',
  'routing_rules',
  'mail_opt_outs',
  // Campaigns hold the words of an invitation; their recipients are visitor data.
  'campaigns',
  // Webhooks: destinations, and what spike alerts and digests already announced (no shopper text).
  'webhook_endpoints',
  'problem_announcements',
  'weekly_digests',
  // Which team got which week's digest e-mail (no shopper text).
  'team_digests',
  // Import: the column mappings a site saved (no shopper text; its imports, which stage shoppers' rows, are visitor data).
  'import_mappings',
  // Rating rollups (migration 34): counts that follow the ratings by triggers, as peak_end_visits does; the site's zone offsets; a recount under way.
  'rating_days',
  'rating_days_pages',
  'rating_hours_pages',
  'site_day_offsets',
  // Comment terms per day and hour (migration 36): counts that follow comment_terms by triggers, so a term goes with its last comment.
  'term_days',
  'term_hours',
  // Attribute sets per day (migration 37): counts that follow responses by triggers.
  'attribute_days',
  // Survey answers per day, and the visits' questions answered more than once (migration 39): follow survey_answers by triggers.
  'survey_answer_days',
  'survey_answer_repeats',
  // Ratings per attribute set, day and hour (migration 40): follow responses by triggers.
  'rating_days_attributes',
  'rating_hours_attributes',
  'rating_days_recounts',
  // Which version of the runtime's zone rules those offsets were last checked against (migration 35).
  'zone_rules_synced',
] as const;
