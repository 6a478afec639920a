import { formatInsightQuery, parseInsightQuery, type InsightQuery } from '../state/insightQuery.ts';
import { useUrlQuery } from './useUrlQuery.ts';


export function useInsightQuery() {
  return useUrlQuery<InsightQuery>(parseInsightQuery, formatInsightQuery);
}
