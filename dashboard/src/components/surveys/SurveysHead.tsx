import type { Site } from '../../../../shared/schemas/site.ts';
import type { Survey } from '../../../../shared/schemas/survey.ts';
import type { ListedSurvey } from '../../../../shared/schemas/surveyAdmin.ts';
import { formatDayRange } from '../../format.ts';
import { formatSurveyQuery, type SurveyQuery } from '../../state/surveyQuery.ts';
import { DateRangePicker } from '../DateRangePicker.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { StatusButton } from './SurveyList.tsx';
import { triggerSummary } from './triggerSummary.ts';
import { ZoneNote } from '../ZoneNote.tsx';

interface Props {
  site: Site;
  query: SurveyQuery;
  /** The survey whose results are shown; absent: the list. */
  selected: ListedSurvey | undefined;
  busyKey: string | null;
  onChange: (patch: Partial<SurveyQuery>) => void;
  onNew: () => void;
  onEdit: (key: string) => void;
  onStatus: (key: string, status: Survey['status']) => void;
}

/** The page's heading and range: the site's surveys, or one survey with the way back, Edit and its status. */
export function SurveysHead({ site, query, selected, busyKey, onChange, onNew, onEdit, onStatus }: Props) {
  const { range } = query;
  const picker = <DateRangePicker range={range} now={new Date()} onChange={(next) => onChange({ range: next })} />;
  if (!selected) {
    return (
      <div class="page-head">
        <div class="page-title">
          <h1>Surveys</h1>
          <p class="muted">
            {site.name} · {formatDayRange(range.from, range.to)} <ZoneNote />
          </p>
        </div>
        <div class="insight-controls">
          {picker}
          <button type="button" class="button button-primary needs-member" onClick={onNew}>
            New survey
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="page-head">
      <div class="page-title">
        <p class="survey-back">
          <a
            href={formatSurveyQuery({ ...query, survey: undefined })}
            onClick={(e) => {
              e.preventDefault();
              onChange({ survey: undefined });
            }}
          >
            ← All surveys
          </a>
        </p>
        <h1>
          {selected.name} <StatusBadge status={selected.status} />
        </h1>
        <p class="muted">
          {triggerSummary(selected)} · {formatDayRange(range.from, range.to)} <ZoneNote />
        </p>
        <div class="survey-head-actions">
          <button type="button" class="button needs-member" onClick={() => onEdit(selected.key)}>
            Edit
          </button>
          <StatusButton survey={selected} busy={busyKey === selected.key} onStatus={onStatus} />
        </div>
      </div>
      <div class="insight-controls">{picker}</div>
    </div>
  );
}
