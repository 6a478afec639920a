// SQLite migration 39 (survey_answer_days: survey answers per site and local day; survey_answer_repeats:
// a visit's questions answered more than once) in PostgreSQL's form: one PL/pgSQL function keeps both.

const RECOUNTING = `EXISTS (SELECT 1 FROM rating_days_recounts c WHERE c.site_id = a.site_id AND a.created_at >= c.done_before)`;
const CHOICE = `CASE WHEN a.question_type IN ('single_choice', 'multiple_choice') THEN coalesce(a.value, '') ELSE '' END`;
const KEY_VALUES = `a.site_id, local_day(a.site_id, a.created_at), a.survey, a.question, a.question_type, a.channel, coalesce(a.score, -1), ${CHOICE}`;
const KEY_COLUMNS = 'site_id, day, survey, question, question_type, channel, score, choice';
const KEY = `site_id = a.site_id AND day = local_day(a.site_id, a.created_at) AND survey = a.survey AND question = a.question
        AND question_type = a.question_type AND channel = a.channel AND score = coalesce(a.score, -1) AND choice = ${CHOICE}`;
const GROUP = `site_id = a.site_id AND survey = a.survey AND visit_id = a.visit_id AND question = a.question`;

export const SURVEY_ANSWER_DAYS_SQL = `
  CREATE TABLE survey_answer_days (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    survey TEXT NOT NULL,
    question TEXT NOT NULL,
    question_type TEXT NOT NULL,
    channel TEXT NOT NULL,
    score BIGINT NOT NULL,
    choice TEXT NOT NULL,
    answers BIGINT NOT NULL,
    PRIMARY KEY (${KEY_COLUMNS})
  );
  CREATE TABLE survey_answer_repeats (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    survey TEXT NOT NULL,
    visit_id TEXT NOT NULL,
    question TEXT NOT NULL,
    PRIMARY KEY (site_id, survey, visit_id, question)
  );

  CREATE FUNCTION survey_answer_days_change(a survey_answers, adding boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF adding THEN
      IF NOT ${RECOUNTING} THEN
        INSERT INTO survey_answer_days AS x VALUES (${KEY_VALUES}, 1)
          ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET answers = x.answers + 1;
      END IF;
      IF a.visit_id IS NOT NULL AND EXISTS (SELECT 1 FROM survey_answers WHERE ${GROUP} AND id <> a.id) THEN
        INSERT INTO survey_answer_repeats VALUES (a.site_id, a.survey, a.visit_id, a.question) ON CONFLICT DO NOTHING;
      END IF;
    ELSE
      IF NOT ${RECOUNTING} THEN
        UPDATE survey_answer_days SET answers = answers - 1 WHERE ${KEY};
        DELETE FROM survey_answer_days WHERE ${KEY} AND answers = 0;
      END IF;
      IF a.visit_id IS NOT NULL AND (SELECT count(*) FROM (SELECT 1 FROM survey_answers WHERE ${GROUP} LIMIT 2) two) < 2 THEN
        DELETE FROM survey_answer_repeats WHERE ${GROUP};
      END IF;
    END IF;
  END $$;

  CREATE FUNCTION survey_answers_survey_days() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM survey_answer_days_change(OLD, false); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM survey_answer_days_change(NEW, true); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER survey_answers_survey_days AFTER INSERT OR DELETE
    OR UPDATE OF site_id, created_at, survey, visit_id, question, question_type, channel, score, value
    ON survey_answers FOR EACH ROW EXECUTE FUNCTION survey_answers_survey_days();

  -- The answers stored before this migration.
  INSERT INTO survey_answer_days SELECT ${KEY_VALUES}, count(*) FROM survey_answers a
   WHERE NOT ${RECOUNTING} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  INSERT INTO survey_answer_repeats SELECT site_id, survey, visit_id, question FROM survey_answers
   WHERE visit_id IS NOT NULL GROUP BY 1, 2, 3, 4 HAVING count(*) > 1;
`;
