import { useState } from 'preact/hooks';
import type { Site } from '../../../../shared/schemas/site.ts';
import type { Survey, SurveyInput } from '../../../../shared/schemas/survey.ts';
import { ApiError } from '../../api/ApiError.ts';
import { listSurveys, setSurveyStatus } from '../../api/surveysApi.ts';
import type { HistoryMode } from '../../hooks/useUrlQuery.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { toApiRange } from '../../state/dateRange.ts';
import { formatSurveyQuery, type SurveyQuery } from '../../state/surveyQuery.ts';
import { useAddressSync } from '../page/useAddressSync.ts';
import type { Editing } from './EditorWithJourneys.tsx';
import { draftFromSurvey } from './surveyDraft.ts';

/**
 * What the surveys page is doing for one site: the list under the address's
 * range and filters, the survey whose results are shown, the template picker,
 * the editor, and status changes. The address names the survey; a survey that
 * is gone is dropped from it.
 */
export function useSiteSurveys(site: Site, query: SurveyQuery, setQuery: (next: SurveyQuery, mode?: HistoryMode) => void) {
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [picking, setPicking] = useState(false);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [statusError, setStatusError] = useState<ApiError | null>(null);
  const list = useRequest(
    (signal) => listSurveys(site.key, toApiRange(query.range), query.filters, signal),
    [formatSurveyQuery({ ...query, survey: undefined }), version],
  );
  const data = list.data;
  const selected = data?.surveys.find((s) => s.key === query.survey);
  const effective: SurveyQuery = { ...query, site: site.key, survey: data && !selected ? undefined : query.survey };

  useAddressSync(formatSurveyQuery(effective), () => setQuery(effective, 'replace'), data !== undefined);

  const change = (patch: Partial<SurveyQuery>) => setQuery({ ...effective, ...patch });
  const reload = () => setVersion((v) => v + 1);
  const changeStatus = async (key: string, status: Survey['status']) => {
    setBusyKey(key);
    setStatusError(null);
    try {
      await setSurveyStatus(site.key, key, status);
      reload();
    } catch (error) {
      setStatusError(error instanceof ApiError ? error : new ApiError(0, 'internal', 'Could not change the status. Try again.'));
    } finally {
      setBusyKey(null);
    }
  };

  return {
    list,
    selected,
    effective,
    version,
    editing,
    picking,
    busyKey,
    statusError,
    takenKeys: data?.surveys.map((s) => s.key) ?? [],
    change,
    reload,
    changeStatus,
    pick: setPicking,
    startFrom: (survey: SurveyInput) => {
      setPicking(false);
      setEditing({ draft: draftFromSurvey(survey), existing: false });
    },
    edit: (key: string) => {
      const found = data?.surveys.find((s) => s.key === key);
      if (found) setEditing({ draft: draftFromSurvey(found), existing: true });
    },
    closeEditor: () => setEditing(null),
    saved: (survey: Survey) => {
      setEditing(null);
      reload();
      change({ survey: survey.key });
    },
    deleted: () => {
      setEditing(null);
      reload();
      change({ survey: undefined });
    },
  };
}
