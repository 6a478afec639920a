import { OPEN_TEXT_LIMIT, type SurveyResults } from '../../../shared/schemas/surveyResults.ts';
import type { Db } from '../db/openDatabase.ts';
import type { SurveyRange } from '../db/queries/ranges/surveyRange.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { getSurveyAnswerCounts } from '../db/queries/surveys/getSurveyAnswerCounts.ts';
import { getSurveyChoiceCounts } from '../db/queries/surveys/getSurveyChoiceCounts.ts';
import { getSurveyFunnel } from '../db/queries/surveys/getSurveyFunnel.ts';
import { getSurveyOpenAnswers } from '../db/queries/surveys/getSurveyOpenAnswers.ts';
import { getSurveyScoreCounts } from '../db/queries/surveys/getSurveyScoreCounts.ts';
import { shiftLocalDays } from '../../../shared/time/localDays.ts';
import { ApiError } from '../http/ApiError.ts';
import { periodOf } from '../insight/periodOf.ts';
import type { ViewPeriods } from '../insight/viewPeriods.ts';
import { questionResults, type PeriodCounts } from './questionResults.ts';
import { surveyFunnel } from './surveyFunnel.ts';

/** Trailing weeks at the start of the previous period reach this many days before it. */
const LEAD_IN_DAYS = 6;

/**
 * How many were asked and answered, and per question the distribution and the
 * score with its interval, per day and against the previous period of equal
 * length; the latest open-text answers with the scores their visit gave.
 */
export function surveyResults(db: Db, site: StoredSite, key: string, periods: ViewPeriods): SurveyResults {
  const survey = findSurvey(db, site.id, key);
  if (!survey) throw new ApiError(404, 'not_found', `No survey ${key} on this site.`);
  const current: SurveyRange = { ...periods.current, survey: key };
  const previous: SurveyRange = { ...periods.previous, survey: key };
  return {
    survey: key,
    name: survey.name,
    status: survey.status,
    ...periodOf(current),
    totals: surveyFunnel(getSurveyFunnel(db, current)),
    previous: surveyFunnel(getSurveyFunnel(db, previous)),
    questions: questionResults(survey, periodCounts(db, current), periodCounts(db, previous), {
      scores: getSurveyScoreCounts(db, { ...previous, from: shiftLocalDays(previous.from, -LEAD_IN_DAYS, site.timeZone), to: previous.from }),
    }),
    openText: getSurveyOpenAnswers(db, current, OPEN_TEXT_LIMIT),
  };
}

function periodCounts(db: Db, range: SurveyRange): PeriodCounts {
  return {
    answers: getSurveyAnswerCounts(db, range),
    scores: getSurveyScoreCounts(db, range),
    choices: getSurveyChoiceCounts(db, range),
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
  };
}
