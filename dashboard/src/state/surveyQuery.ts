import { parseViewFilters, writeViewFilters } from './filterParams.ts';
import type { InsightQuery } from './insightQuery.ts';
import { formatOverviewQuery, parseOverviewQuery } from './urlState.ts';

/**
 * What the surveys view shows, kept in the address like the other views':
 * `?site&from&to`, plus `survey` (its results; absent: the list) and the view filters.
 */
export interface SurveyQuery extends InsightQuery {
  survey?: string;
}

export function parseSurveyQuery(search: string, now: Date): SurveyQuery {
  const params = new URLSearchParams(search);
  const survey = params.get('survey')?.trim() || undefined;
  return { ...parseOverviewQuery(search, now), survey, filters: parseViewFilters(params) };
}

export function formatSurveyQuery(query: SurveyQuery): string {
  const params = new URLSearchParams(formatOverviewQuery(query));
  if (query.survey) params.set('survey', query.survey);
  return `?${writeViewFilters(params, query.filters)}`;
}
