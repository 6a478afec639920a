import { beforeRecountPoint, dayOf } from './034-ratingDays.ts';
import type { Migration } from './Migration.ts';

// Migration 39 (issue 16): survey answers counted per site, local day, survey,
// question, channel, score and chosen options, so a month's survey results and
// the channels' survey table read a few thousand rows instead of every answer
// of the month (twice: the previous period too). Only a visit's last answer to
// a question counts (queries/surveys/latestAnswers.ts), which a count cannot
// know; so the rollup counts every answer, and survey_answer_repeats names the
// few (visit, question) pairs answered more than once, whose answers a view
// reads one by one to take back all but the last (surveys/surveyAnswerRows.ts).
// Kept by triggers on survey_answers: live answers, imports, a signed link's
// score changed in place, deletes, retention and site deletion all pass
// through them. Released SQL: change it only through a new migration.

/** A choice question's answer (a JSON array of option ids) is part of the key; any other answer's value is not. */
const choiceOf = (row: string) => `CASE WHEN ${row}.question_type IN ('single_choice', 'multiple_choice') THEN coalesce(${row}.value, '') ELSE '' END`;
/** No score is -1 in the key: a primary key holds no NULL. */
const scoreOf = (row: string) => `coalesce(${row}.score, -1)`;
const keyOf = (row: string) =>
  `${row}.site_id, ${dayOf(row)}, ${row}.survey, ${row}.question, ${row}.question_type, ${row}.channel, ${scoreOf(row)}, ${choiceOf(row)}`;
const KEY_COLUMNS = 'site_id, day, survey, question, question_type, channel, score, choice';
const addToRow = `
    ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET answers = answers + excluded.answers`;

const keyWhere = (row: string) =>
  `site_id = ${row}.site_id AND day = ${dayOf(row)} AND survey = ${row}.survey AND question = ${row}.question
       AND question_type = ${row}.question_type AND channel = ${row}.channel AND score = ${scoreOf(row)} AND choice = ${choiceOf(row)}`;
const add = `
    INSERT INTO survey_answer_days SELECT ${keyOf('NEW')}, 1 WHERE ${beforeRecountPoint('NEW')}${addToRow};`;
const remove = `
    UPDATE survey_answer_days SET answers = answers - 1 WHERE ${keyWhere('OLD')} AND ${beforeRecountPoint('OLD')};
    DELETE FROM survey_answer_days WHERE ${keyWhere('OLD')} AND answers = 0 AND ${beforeRecountPoint('OLD')};`;

const GROUP = (row: string) => `site_id = ${row}.site_id AND survey = ${row}.survey AND visit_id = ${row}.visit_id AND question = ${row}.question`;
// Through survey_answers_visit (site_id, survey, visit_id, question, …): one index probe per answer with a visit.
const addRepeat = `
    INSERT INTO survey_answer_repeats SELECT NEW.site_id, NEW.survey, NEW.visit_id, NEW.question
     WHERE NEW.visit_id IS NOT NULL AND EXISTS (SELECT 1 FROM survey_answers WHERE ${GROUP('NEW')} AND id <> NEW.id)
    ON CONFLICT DO NOTHING;`;
const removeRepeat = `
    DELETE FROM survey_answer_repeats WHERE ${GROUP('OLD')}
       AND (SELECT count(*) FROM (SELECT 1 FROM survey_answers WHERE ${GROUP('OLD')} LIMIT 2)) < 2;`;

/** survey_answer_days' rows of the answers `where` picks (over `survey_answers AS a`), added to those there. */
export const surveyAnswerDaysRowsSql = (where: string) => `
  INSERT INTO survey_answer_days
  SELECT ${keyOf('a')}, count(*) FROM survey_answers a
   WHERE ${where}
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8${addToRow}`;

/** Both tables from the answers (a site being recounted keeps those past its point for the recount): the backfill, and bench/bulkLoad.ts's. */
export const SURVEY_ANSWER_DAYS_BACKFILL_SQL = `${surveyAnswerDaysRowsSql(beforeRecountPoint('a'))};
  INSERT INTO survey_answer_repeats
  SELECT site_id, survey, visit_id, question FROM survey_answers WHERE visit_id IS NOT NULL
   GROUP BY site_id, survey, visit_id, question HAVING count(*) > 1`;

export const SURVEY_ANSWER_ROLLUP_TABLES = ['survey_answer_days', 'survey_answer_repeats'];

const WATCHED = 'site_id, created_at, survey, visit_id, question, question_type, channel, score, value';

export const surveyAnswerDays: Migration = {
  version: 39,
  name: 'survey_answer_days (survey answers per site, local day, survey, question, channel, score, choice) and survey_answer_repeats',
  sql: `
  CREATE TABLE survey_answer_days (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    survey TEXT NOT NULL,
    question TEXT NOT NULL,
    question_type TEXT NOT NULL,
    channel TEXT NOT NULL,
    score INTEGER NOT NULL,
    choice TEXT NOT NULL,
    answers INTEGER NOT NULL,
    PRIMARY KEY (${KEY_COLUMNS})
  ) STRICT, WITHOUT ROWID;
  -- A visit's question answered more than once: its answers are read one by one.
  CREATE TABLE survey_answer_repeats (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    survey TEXT NOT NULL,
    visit_id TEXT NOT NULL,
    question TEXT NOT NULL,
    PRIMARY KEY (site_id, survey, visit_id, question)
  ) STRICT, WITHOUT ROWID;

  CREATE TRIGGER survey_answers_survey_days_insert AFTER INSERT ON survey_answers
  BEGIN ${add}${addRepeat}
  END;
  CREATE TRIGGER survey_answers_survey_days_delete AFTER DELETE ON survey_answers
  BEGIN ${remove}${removeRepeat}
  END;
  CREATE TRIGGER survey_answers_survey_days_update AFTER UPDATE OF ${WATCHED} ON survey_answers
  BEGIN ${remove}${removeRepeat}${add}${addRepeat}
  END;

  ${SURVEY_ANSWER_DAYS_BACKFILL_SQL};
`,
};
