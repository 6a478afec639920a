import type { SurveyFigures } from '../../../shared/schemas/surveyAdmin.ts';
import type { Survey } from '../../../shared/schemas/survey.ts';
import { surveyScore } from '../../../shared/scores/surveyScore.ts';
import { isScoreQuestionType } from '../../../shared/surveyScales.ts';
import type { Db } from '../db/openDatabase.ts';
import { getSurveyFunnel } from '../db/queries/surveys/getSurveyFunnel.ts';
import { getSurveyScoreCounts } from '../db/queries/surveys/getSurveyScoreCounts.ts';
import type { SurveyRange } from '../db/queries/ranges/surveyRange.ts';
import { scoreCounts } from './scoreCounts.ts';
import { surveyFunnel } from './surveyFunnel.ts';

/** The list's key figures of one survey: its funnel and the score of its first score question. */
export function surveyFigures(db: Db, survey: Survey, range: SurveyRange): SurveyFigures {
  const funnel = surveyFunnel(getSurveyFunnel(db, range));
  const first = survey.questions.find((q) => isScoreQuestionType(q.type));
  if (!first || !isScoreQuestionType(first.type)) return { ...funnel, headline: null };
  const type = first.type;
  const rows = getSurveyScoreCounts(db, range).filter((row) => row.question === first.id);
  return { ...funnel, headline: { question: first.id, type, score: surveyScore(type, scoreCounts(type, rows)) } };
}
