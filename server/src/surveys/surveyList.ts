import type { SurveyList } from '../../../shared/schemas/surveyAdmin.ts';
import type { Db } from '../db/openDatabase.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { getSurveyCooldown } from '../db/queries/surveys/getSurveyCooldown.ts';
import { listSurveys } from '../db/queries/surveys/listSurveys.ts';
import { periodOf } from '../insight/periodOf.ts';
import { surveyFigures } from './surveyFigures.ts';

/** A site's surveys with the key figures of each over a range, and the site-wide cooldown. */
export function surveyList(db: Db, siteId: number, range: ViewRange): SurveyList {
  const listed = listSurveys(db, siteId);
  return {
    cooldownDays: getSurveyCooldown(db, siteId),
    surveys: listed.map(({ survey, updatedAt }) => ({ ...survey, updatedAt: new Date(updatedAt).toISOString() })),
    figures: Object.fromEntries(listed.map(({ survey }) => [survey.key, surveyFigures(db, survey, { ...range, survey: survey.key })])),
    ...periodOf(range),
  };
}
