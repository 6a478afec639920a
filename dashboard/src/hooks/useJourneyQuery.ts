import { formatJourneyQuery, parseJourneyQuery, type JourneyQuery } from '../state/journeyQuery.ts';
import { useUrlQuery } from './useUrlQuery.ts';


export function useJourneyQuery() {
  return useUrlQuery<JourneyQuery>(parseJourneyQuery, formatJourneyQuery);
}
