import { formatSurveyQuery, parseSurveyQuery, type SurveyQuery } from '../state/surveyQuery.ts';
import { useUrlQuery } from './useUrlQuery.ts';


export function useSurveyQuery() {
  return useUrlQuery<SurveyQuery>(parseSurveyQuery, formatSurveyQuery);
}
