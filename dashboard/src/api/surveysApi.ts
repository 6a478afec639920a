import type { Survey, SurveyInput } from '../../../shared/schemas/survey.ts';
import type { SurveyList, SurveySettings } from '../../../shared/schemas/surveyAdmin.ts';
import type { SurveyResults } from '../../../shared/schemas/surveyResults.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from '../state/viewFilters.ts';
import { viewQuery, type ViewFilterValues } from '../state/viewFilters.ts';

function sitePath(siteKey: string): string {
  return `/api/sites/${encodeURIComponent(siteKey)}`;
}

function surveyPath(siteKey: string, survey: string): string {
  return `${sitePath(siteKey)}/surveys/${encodeURIComponent(survey)}`;
}

/** Every survey with its key figures over the range and filters, and the site-wide cooldown. */
export function listSurveys(siteKey: string, range: SummaryRange, filters: ViewFilterValues, signal?: AbortSignal): Promise<SurveyList> {
  return apiRequest<SurveyList>(`${sitePath(siteKey)}/surveys?${viewQuery(range, filters)}`, { signal });
}

/** Creates or replaces a survey; answers it as stored (defaults filled in). */
export function saveSurvey(siteKey: string, survey: SurveyInput): Promise<Survey> {
  return apiRequest<Survey>(surveyPath(siteKey, survey.key), { method: 'PUT', body: survey });
}

/** Pause, go live, back to draft. */
export function setSurveyStatus(siteKey: string, key: string, status: Survey['status']): Promise<Survey> {
  return apiRequest<Survey>(surveyPath(siteKey, key), { method: 'PATCH', body: { status } });
}

export async function deleteSurvey(siteKey: string, key: string): Promise<void> {
  await apiRequest<void>(surveyPath(siteKey, key), { method: 'DELETE' });
}

export function getSurveyResults(
  siteKey: string,
  key: string,
  range: SummaryRange,
  filters: ViewFilterValues,
  signal?: AbortSignal,
): Promise<SurveyResults> {
  return apiRequest<SurveyResults>(`${surveyPath(siteKey, key)}/results?${viewQuery(range, filters)}`, { signal });
}

export function saveSurveySettings(siteKey: string, settings: SurveySettings): Promise<SurveySettings> {
  return apiRequest<SurveySettings>(`${sitePath(siteKey)}/survey-settings`, { method: 'PUT', body: settings });
}

/** The QR code of a survey's hosted page for a channel and campaign (an image address; `download` saves it as a file). */
export function surveyQrPath(siteKey: string, survey: string, link: { channel: string; campaign?: string }, download = false): string {
  const query = new URLSearchParams({ channel: link.channel });
  if (link.campaign) query.set('campaign', link.campaign);
  if (download) query.set('download', '');
  return `${surveyPath(siteKey, survey)}/qr.svg?${query}`;
}
