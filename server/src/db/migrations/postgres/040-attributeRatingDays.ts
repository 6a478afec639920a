import { ADD_COUNTS, RATING_COUNTS, REMOVE_COUNTS } from './triggers.ts';

// SQLite migration 40 (rating_days_attributes, rating_hours_attributes: page
// ratings per site, local day or UTC hour, page, channel and attribute set) in
// PostgreSQL's form: one PL/pgSQL function keeps both, as rating_rollups_change does rating_days.

const RECOUNTING = `EXISTS (SELECT 1 FROM rating_days_recounts c WHERE c.site_id = r.site_id AND r.created_at >= c.done_before)`;
const SET = `coalesce(r.attributes, '')`;
const DAY_KEY = `site_id = r.site_id AND day = local_day(r.site_id, r.created_at) AND path = r.path AND channel = r.channel AND attributes = ${SET}`;
const HOUR_KEY = `site_id = r.site_id AND hour = r.created_at / 3600000 AND path = r.path AND channel = r.channel AND attributes = ${SET}`;

const tableOf = (table: string, bucket: 'day' | 'hour') => `
  CREATE TABLE ${table} (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    ${bucket} BIGINT NOT NULL,
    path TEXT NOT NULL,
    channel TEXT NOT NULL,
    attributes TEXT NOT NULL,
    ratings BIGINT NOT NULL,
    total BIGINT NOT NULL,
    comments BIGINT NOT NULL,
    r1 BIGINT NOT NULL, r2 BIGINT NOT NULL, r3 BIGINT NOT NULL, r4 BIGINT NOT NULL, r5 BIGINT NOT NULL,
    PRIMARY KEY (site_id, ${bucket}, path, channel, attributes)
  );`;

const backfill = (table: string, bucket: string, where: string) => `
  INSERT INTO ${table}
  SELECT r.site_id, ${bucket}, r.path, r.channel, ${SET}, count(*), sum(r.rating), count(r.comment),
         ${[1, 2, 3, 4, 5].map((n) => `count(*) FILTER (WHERE r.rating = ${n})`).join(', ')}
    FROM responses r WHERE r.rating IS NOT NULL AND ${where} GROUP BY 1, 2, 3, 4, 5;`;

export const ATTRIBUTE_RATING_DAYS_SQL = `
  ${tableOf('rating_days_attributes', 'day')}
  ${tableOf('rating_hours_attributes', 'hour')}

  CREATE FUNCTION attribute_ratings_change(r responses, adding boolean) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    recounting boolean := ${RECOUNTING};
  BEGIN
    IF r.rating IS NULL THEN RETURN; END IF;
    IF adding THEN
      IF NOT recounting THEN
        INSERT INTO rating_days_attributes AS t VALUES (r.site_id, local_day(r.site_id, r.created_at), r.path, r.channel, ${SET}, ${RATING_COUNTS})
          ON CONFLICT (site_id, day, path, channel, attributes) DO UPDATE SET ${ADD_COUNTS};
      END IF;
      INSERT INTO rating_hours_attributes AS t VALUES (r.site_id, r.created_at / 3600000, r.path, r.channel, ${SET}, ${RATING_COUNTS})
        ON CONFLICT (site_id, hour, path, channel, attributes) DO UPDATE SET ${ADD_COUNTS};
    ELSE
      IF NOT recounting THEN
        UPDATE rating_days_attributes SET ${REMOVE_COUNTS} WHERE ${DAY_KEY};
        DELETE FROM rating_days_attributes WHERE ${DAY_KEY} AND ratings = 0;
      END IF;
      UPDATE rating_hours_attributes SET ${REMOVE_COUNTS} WHERE ${HOUR_KEY};
      DELETE FROM rating_hours_attributes WHERE ${HOUR_KEY} AND ratings = 0;
    END IF;
  END $$;

  CREATE FUNCTION responses_attribute_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM attribute_ratings_change(OLD, false); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM attribute_ratings_change(NEW, true); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER responses_attribute_ratings
    AFTER INSERT OR DELETE OR UPDATE OF site_id, created_at, rating, comment, path, channel, attributes
    ON responses FOR EACH ROW EXECUTE FUNCTION responses_attribute_ratings();

  -- The ratings stored before this migration; a site being recounted keeps those past its point for the recount.
  ${backfill('rating_days_attributes', 'local_day(r.site_id, r.created_at)', `NOT ${RECOUNTING}`)}
  ${backfill('rating_hours_attributes', 'r.created_at / 3600000', 'TRUE')}
`;
