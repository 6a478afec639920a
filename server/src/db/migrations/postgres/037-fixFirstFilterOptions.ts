import { COMMENTED_SQL, PROBLEM_COMMENT_SQL } from '../037-fixFirstFilterOptions.ts';

// SQLite migration 37 (the complaints' and comments' partial indexes, attribute_days: attribute
// sets per site and local day) in PostgreSQL's form; the indexes' conditions are SQLite's own text.

const RECOUNTING = `EXISTS (SELECT 1 FROM rating_days_recounts c WHERE c.site_id = r.site_id AND r.created_at >= c.done_before)`;
const KEY = `site_id = r.site_id AND day = local_day(r.site_id, r.created_at) AND attributes = r.attributes`;

export const FIX_FIRST_FILTER_OPTIONS_SQL = `
  CREATE INDEX responses_problem_comments ON responses(site_id, created_at, path, type, rating, comment, other_text)
   WHERE ${PROBLEM_COMMENT_SQL};
  CREATE INDEX responses_comments ON responses(site_id, created_at) WHERE ${COMMENTED_SQL};

  CREATE TABLE attribute_days (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    attributes TEXT NOT NULL,
    responses BIGINT NOT NULL,
    PRIMARY KEY (site_id, day, attributes)
  );

  CREATE FUNCTION attribute_days_change(r responses, adding boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF r.attributes IS NULL OR ${RECOUNTING} THEN RETURN; END IF;
    IF adding THEN
      INSERT INTO attribute_days AS x VALUES (r.site_id, local_day(r.site_id, r.created_at), r.attributes, 1)
        ON CONFLICT (site_id, day, attributes) DO UPDATE SET responses = x.responses + 1;
    ELSE
      UPDATE attribute_days SET responses = responses - 1 WHERE ${KEY};
      DELETE FROM attribute_days WHERE ${KEY} AND responses = 0;
    END IF;
  END $$;

  CREATE FUNCTION responses_attribute_days() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM attribute_days_change(OLD, false); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM attribute_days_change(NEW, true); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER responses_attribute_days AFTER INSERT OR DELETE OR UPDATE OF site_id, created_at, attributes
    ON responses FOR EACH ROW EXECUTE FUNCTION responses_attribute_days();

  -- The attribute sets stored before this migration.
  INSERT INTO attribute_days SELECT r.site_id, local_day(r.site_id, r.created_at), r.attributes, count(*) FROM responses r
   WHERE r.attributes IS NOT NULL AND NOT ${RECOUNTING} GROUP BY 1, 2, 3;
`;
