import type { SurveyFunnel } from '../../../shared/schemas/surveyAdmin.ts';
import type { SurveyFunnelCounts } from '../db/queries/surveys/getSurveyFunnel.ts';

/** The counts with the completion rate: completed / shown, null when the survey was never shown. */
export function surveyFunnel(counts: SurveyFunnelCounts): SurveyFunnel {
  return { ...counts, completionRate: counts.shown === 0 ? null : Math.min(1, counts.completed / counts.shown) };
}
