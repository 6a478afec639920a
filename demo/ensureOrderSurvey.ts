import type { SurveyList } from '../shared/schemas/surveyAdmin.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ORDER_SURVEY } from './orderSurvey.ts';

/**
 * Defines the demo's after-order survey on a site when it has none by that key
 * (PUT, so running it twice changes nothing). One already there is left alone:
 * it may have been edited or paused in the dashboard.
 */
export async function ensureOrderSurvey(api: AdminApi, siteKey: string): Promise<{ created: boolean }> {
  const site = `/api/sites/${encodeURIComponent(siteKey)}`;
  const { surveys } = await adminRequest<SurveyList>(api, 'GET', `${site}/surveys`);
  if (surveys.some((survey) => survey.key === ORDER_SURVEY.key)) return { created: false };
  await adminRequest(api, 'PUT', `${site}/surveys/${ORDER_SURVEY.key}`, ORDER_SURVEY);
  return { created: true };
}
