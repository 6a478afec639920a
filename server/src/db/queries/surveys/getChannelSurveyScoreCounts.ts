import type { Channel } from '../../../../../shared/schemas/response.ts';
import type { ScoreQuestionType } from '../../../../../shared/surveyScales.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { surveyAnswersWhere, type ViewRange } from '../ranges/viewRange.ts';
import { surveyAnswerRowsSql } from './surveyAnswerRows.ts';

export interface ChannelSurveyScoreCount {
  survey: string;
  question: string;
  type: ScoreQuestionType;
  channel: Channel;
  score: number;
  count: number;
}

// Every survey at once, so the range is read once through survey_answers_site_time
// (site_id, created_at); channel is in no index, so each answer in the range is
// looked up once. As in latestAnswers.ts, only a visit's last answer to a
// question counts, and it brings the channel it came through.
const sql = (range: ViewRange) => `
  WITH latest AS (
    SELECT survey, question, question_type, score, channel, max(created_at) AS latest
      FROM survey_answers
     WHERE ${surveyAnswersWhere(range)}
     GROUP BY survey, coalesce(visit_id, id), question)
  SELECT survey, question, question_type AS type, channel, score, count(*) AS count
    FROM latest
   WHERE score IS NOT NULL
   GROUP BY survey, question, question_type, channel, score
   ORDER BY survey, question, question_type, channel, score`;
const fromRows = (rows: string) => `
  SELECT survey, question, question_type AS type, channel, score, sum(n) AS count FROM (${rows})
   WHERE score IS NOT NULL
   GROUP BY survey, question, question_type, channel, score HAVING sum(n) > 0
   ORDER BY survey, question, question_type, channel, score`;

/** Answers per survey, score question, channel and score in the range. */
export function getChannelSurveyScoreCounts(db: Db, range: ViewRange): ChannelSurveyScoreCount[] {
  const rolled = surveyAnswerRowsSql(db, range);
  return (rolled ? statement(db, fromRows(rolled.sql)).all(rolled.params) : statement(db, sql(range)).all(range)) as ChannelSurveyScoreCount[];
}
