import { formatOverviewQuery, parseOverviewQuery, type OverviewQuery } from '../state/urlState.ts';
import { useUrlQuery } from './useUrlQuery.ts';

export type { HistoryMode } from './useUrlQuery.ts';

export function useOverviewQuery() {
  return useUrlQuery<OverviewQuery>(parseOverviewQuery, formatOverviewQuery);
}
