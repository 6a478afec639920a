// SQLite's triggers (migrations 010, 015, 034) as PL/pgSQL: each rollup is one
// function the row triggers call, since PostgreSQL's WHEN takes no subquery.

export const RATING_COUNTS = `1, r.rating, (r.comment IS NOT NULL)::int,
  (r.rating = 1)::int, (r.rating = 2)::int, (r.rating = 3)::int, (r.rating = 4)::int, (r.rating = 5)::int`;
export const ADD_COUNTS = `ratings = t.ratings + excluded.ratings, total = t.total + excluded.total, comments = t.comments + excluded.comments,
  r1 = t.r1 + excluded.r1, r2 = t.r2 + excluded.r2, r3 = t.r3 + excluded.r3, r4 = t.r4 + excluded.r4, r5 = t.r5 + excluded.r5`;
export const REMOVE_COUNTS = `ratings = ratings - 1, total = total - r.rating, comments = comments - (r.comment IS NOT NULL)::int,
  r1 = r1 - (r.rating = 1)::int, r2 = r2 - (r.rating = 2)::int, r3 = r3 - (r.rating = 3)::int,
  r4 = r4 - (r.rating = 4)::int, r5 = r5 - (r.rating = 5)::int`;
const DAY_KEY = `site_id = r.site_id AND day = local_day(r.site_id, r.created_at) AND path = r.path AND channel = r.channel`;
const DAY_KEY_ALL = `${DAY_KEY} AND device = coalesce(r.device, '') AND lang = coalesce(r.lang, '')
  AND returning_visitor = coalesce(r.returning_visitor, -1)`;
const HOUR_KEY = `site_id = r.site_id AND hour = r.created_at / 3600000 AND path = r.path AND channel = r.channel`;

const PEAK_END = `
  CREATE VIEW peak_end_moments AS
    SELECT site_id, visit_id, created_at AS at, 'rating' AS kind, rating::float8 AS value, path
      FROM responses WHERE rating IS NOT NULL AND visit_id IS NOT NULL
    UNION ALL
    SELECT site_id, visit_id, created_at, 'abandoned', NULL, path
      FROM responses WHERE type = 'abandon_reason' AND journey IS NOT NULL AND visit_id IS NOT NULL
    UNION ALL
    SELECT site_id, visit_id, created_at, 'abandoned', NULL, path
      FROM journey_events WHERE event = 'abandoned'
    UNION ALL
    SELECT site_id, visit_id, created_at,
           CASE question_type WHEN 'nps' THEN 'nps' ELSE 'rating' END,
           -- float8, as SQLite's REAL: the end's value must match the exact path's to the bit
           CASE question_type WHEN 'ces' THEN 1 + (score - 1) * 4.0::float8 / 6 ELSE score END,
           path
      FROM survey_answers a
     WHERE question_type IN ('csat', 'ces', 'nps') AND score IS NOT NULL AND visit_id IS NOT NULL
       AND NOT EXISTS (
         SELECT 1 FROM survey_answers later
          WHERE later.site_id = a.site_id AND later.survey = a.survey AND later.visit_id = a.visit_id
            AND later.question = a.question
            AND (later.created_at > a.created_at OR (later.created_at = a.created_at AND later.id > a.id)));

  CREATE FUNCTION peak_end_refresh(site bigint, visit text) RETURNS void LANGUAGE sql AS $$
    DELETE FROM peak_end_visits WHERE site_id = site AND visit_id = visit;
    INSERT INTO peak_end_visits
    SELECT site_id, visit_id, first_at, last_at, rated, total, low, high, end_value, end_path,
           CASE WHEN abandoned_at >= end_at THEN abandoned_path END, nps
      FROM (SELECT site_id, visit_id, min(at) AS first_at, max(at) AS last_at,
                   count(*) FILTER (WHERE kind = 'rating') AS rated,
                   total(value::float8) FILTER (WHERE kind = 'rating') AS total,
                   min(value) FILTER (WHERE kind = 'rating') AS low,
                   max(value) FILTER (WHERE kind = 'rating') AS high,
                   max(CASE WHEN kind = 'rating' AND rn = 1 THEN value END) AS end_value,
                   max(CASE WHEN kind = 'rating' AND rn = 1 THEN path END) AS end_path,
                   max(CASE WHEN kind = 'rating' AND rn = 1 THEN at END) AS end_at,
                   max(CASE WHEN kind = 'abandoned' AND rn = 1 THEN at END) AS abandoned_at,
                   max(CASE WHEN kind = 'abandoned' AND rn = 1 THEN path END) AS abandoned_path,
                   max(CASE WHEN kind = 'nps' AND rn = 1 THEN value END) AS nps
              FROM (SELECT *, row_number() OVER (PARTITION BY site_id, visit_id, kind ORDER BY at DESC, value, path) AS rn
                      FROM peak_end_moments WHERE site_id = site AND visit_id = visit) moments
             GROUP BY site_id, visit_id) visits;
  $$;

  -- The moments a row adds or removes (the WHEN of each SQLite trigger), recomputed for its visit.
  CREATE FUNCTION peak_end_row() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD.visit_id IS NOT NULL THEN PERFORM peak_end_refresh(OLD.site_id, OLD.visit_id); END IF;
    IF TG_OP <> 'DELETE' AND NEW.visit_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.site_id <> OLD.site_id OR NEW.visit_id IS DISTINCT FROM OLD.visit_id) THEN
      PERFORM peak_end_refresh(NEW.site_id, NEW.visit_id);
    END IF;
    RETURN NULL;
  END $$;

  CREATE TRIGGER responses_peak_end AFTER INSERT OR DELETE OR UPDATE OF site_id, visit_id, rating, type, journey, path, created_at
    ON responses FOR EACH ROW EXECUTE FUNCTION peak_end_row();
  CREATE TRIGGER journey_events_peak_end AFTER INSERT OR DELETE OR UPDATE OF site_id, visit_id, event, path, created_at
    ON journey_events FOR EACH ROW EXECUTE FUNCTION peak_end_row();
  CREATE TRIGGER survey_answers_peak_end AFTER INSERT OR DELETE OR UPDATE OF site_id, visit_id, survey, question, question_type, score, path, created_at
    ON survey_answers FOR EACH ROW EXECUTE FUNCTION peak_end_row();
`;

const RATING_DAYS = `
  CREATE FUNCTION local_day(site bigint, at bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT (at + coalesce((SELECT offset_ms FROM site_day_offsets o WHERE o.site_id = site AND o.from_at <= at
                            ORDER BY o.from_at DESC LIMIT 1), 0)) / 86400000
  $$;

  CREATE FUNCTION sites_day_offsets() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO site_day_offsets VALUES (NEW.id, -9007199254740991, 0);
    RETURN NULL;
  END $$;
  CREATE TRIGGER sites_day_offsets AFTER INSERT ON sites FOR EACH ROW EXECUTE FUNCTION sites_day_offsets();

  -- One rating in or out of the rollups; the day tables wait while a recount of the site's days is under way.
  CREATE FUNCTION rating_rollups_change(r responses, adding boolean) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    recounting boolean := EXISTS (SELECT 1 FROM rating_days_recounts c WHERE c.site_id = r.site_id AND r.created_at >= c.done_before);
  BEGIN
    IF r.rating IS NULL THEN RETURN; END IF;
    IF adding THEN
      IF NOT recounting THEN
        INSERT INTO rating_days AS t VALUES (r.site_id, local_day(r.site_id, r.created_at), r.path, r.channel,
          coalesce(r.device, ''), coalesce(r.lang, ''), coalesce(r.returning_visitor, -1), ${RATING_COUNTS})
          ON CONFLICT (site_id, day, path, channel, device, lang, returning_visitor) DO UPDATE SET ${ADD_COUNTS};
        INSERT INTO rating_days_pages AS t VALUES (r.site_id, local_day(r.site_id, r.created_at), r.path, r.channel, ${RATING_COUNTS})
          ON CONFLICT (site_id, day, path, channel) DO UPDATE SET ${ADD_COUNTS};
      END IF;
      INSERT INTO rating_hours_pages AS t VALUES (r.site_id, r.created_at / 3600000, r.path, r.channel, ${RATING_COUNTS})
        ON CONFLICT (site_id, hour, path, channel) DO UPDATE SET ${ADD_COUNTS};
    ELSE
      IF NOT recounting THEN
        UPDATE rating_days SET ${REMOVE_COUNTS} WHERE ${DAY_KEY_ALL};
        DELETE FROM rating_days WHERE ${DAY_KEY_ALL} AND ratings = 0;
        UPDATE rating_days_pages SET ${REMOVE_COUNTS} WHERE ${DAY_KEY};
        DELETE FROM rating_days_pages WHERE ${DAY_KEY} AND ratings = 0;
      END IF;
      UPDATE rating_hours_pages SET ${REMOVE_COUNTS} WHERE ${HOUR_KEY};
      DELETE FROM rating_hours_pages WHERE ${HOUR_KEY} AND ratings = 0;
    END IF;
  END $$;

  CREATE FUNCTION responses_rating_days() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM rating_rollups_change(OLD, false); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM rating_rollups_change(NEW, true); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER responses_rating_days
    AFTER INSERT OR DELETE OR UPDATE OF site_id, created_at, rating, comment, path, channel, device, lang, returning_visitor
    ON responses FOR EACH ROW EXECUTE FUNCTION responses_rating_days();
`;

const CASES = `
  CREATE FUNCTION case_without_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM cases WHERE id = OLD.case_id AND NOT EXISTS (SELECT 1 FROM case_feedback WHERE case_id = OLD.case_id);
    RETURN NULL;
  END $$;
  CREATE TRIGGER case_without_feedback AFTER DELETE ON case_feedback FOR EACH ROW EXECUTE FUNCTION case_without_feedback();

  CREATE FUNCTION responses_case_queue() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.contact_email IS NOT NULL
       OR (NEW.reason IS NOT NULL AND coalesce(NEW.reason_category, '') <> 'intent')
       OR NEW.rating <= coalesce((SELECT sqlite_json_extract(case_settings, '$.ratingAtMost')::numeric FROM sites WHERE id = NEW.site_id), 2) THEN
      INSERT INTO case_queue (site_id, response_id, created_at) VALUES (NEW.site_id, NEW.id, NEW.created_at);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER responses_case_queue AFTER INSERT ON responses FOR EACH ROW EXECUTE FUNCTION responses_case_queue();

  CREATE FUNCTION survey_answers_case_queue() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO case_queue (site_id, survey_answer_id, created_at) VALUES (NEW.site_id, NEW.id, NEW.created_at);
    RETURN NULL;
  END $$;
  CREATE TRIGGER survey_answers_case_queue AFTER INSERT ON survey_answers FOR EACH ROW
    WHEN ((NEW.question_type = 'nps' AND NEW.score <= 6) OR (NEW.question_type = 'csat' AND NEW.score <= 2)
          OR (NEW.question_type = 'ces' AND NEW.score >= 5))
    EXECUTE FUNCTION survey_answers_case_queue();
`;

export const TRIGGERS_SQL = PEAK_END + RATING_DAYS + CASES;
