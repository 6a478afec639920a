// SQLite migration 36 (term_days, term_hours: comment terms per site and local day or UTC hour)
// in PostgreSQL's form: one PL/pgSQL function keeps both, as rating_rollups_change keeps the ratings'.

const RECOUNTING = `EXISTS (SELECT 1 FROM rating_days_recounts c WHERE c.site_id = t.site_id AND t.created_at >= c.done_before)`;
const DAY_KEY = `site_id = t.site_id AND day = local_day(t.site_id, t.created_at) AND term = t.term`;
const HOUR_KEY = `site_id = t.site_id AND hour = t.created_at / 3600000 AND term = t.term`;

export const TERM_DAYS_SQL = `
  CREATE TABLE term_days (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    term TEXT NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (site_id, day, term)
  );
  CREATE TABLE term_hours (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    hour BIGINT NOT NULL,
    term TEXT NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (site_id, hour, term)
  );

  CREATE FUNCTION term_rollups_change(t comment_terms, adding boolean) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    recounting boolean := ${RECOUNTING};
  BEGIN
    IF adding THEN
      IF NOT recounting THEN
        INSERT INTO term_days AS x VALUES (t.site_id, local_day(t.site_id, t.created_at), t.term, 1)
          ON CONFLICT (site_id, day, term) DO UPDATE SET mentions = x.mentions + 1;
      END IF;
      INSERT INTO term_hours AS x VALUES (t.site_id, t.created_at / 3600000, t.term, 1)
        ON CONFLICT (site_id, hour, term) DO UPDATE SET mentions = x.mentions + 1;
    ELSE
      IF NOT recounting THEN
        UPDATE term_days SET mentions = mentions - 1 WHERE ${DAY_KEY};
        DELETE FROM term_days WHERE ${DAY_KEY} AND mentions = 0;
      END IF;
      UPDATE term_hours SET mentions = mentions - 1 WHERE ${HOUR_KEY};
      DELETE FROM term_hours WHERE ${HOUR_KEY} AND mentions = 0;
    END IF;
  END $$;

  CREATE FUNCTION comment_terms_term_days() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM term_rollups_change(OLD, false); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM term_rollups_change(NEW, true); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER comment_terms_term_days AFTER INSERT OR DELETE OR UPDATE OF site_id, created_at, term
    ON comment_terms FOR EACH ROW EXECUTE FUNCTION comment_terms_term_days();

  -- The terms stored before this migration.
  INSERT INTO term_days SELECT t.site_id, local_day(t.site_id, t.created_at), t.term, count(*) FROM comment_terms t
   WHERE NOT ${RECOUNTING} GROUP BY 1, 2, 3;
  INSERT INTO term_hours SELECT t.site_id, t.created_at / 3600000, t.term, count(*) FROM comment_terms t GROUP BY 1, 2, 3;
`;
