import type { ListedSurvey, SurveyFigures } from '../../../../shared/schemas/surveyAdmin.ts';
import type { Survey } from '../../../../shared/schemas/survey.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { SCORE_NAMES } from './surveyScoreFormat.ts';
import { SurveyScoreFigure } from './SurveyScoreFigure.tsx';
import { triggerSummary } from './triggerSummary.ts';
import './SurveyList.css';

interface Props {
  surveys: ListedSurvey[];
  figures: Record<string, SurveyFigures>;
  /** A status change in flight: its buttons wait. */
  busyKey: string | null;
  /** The results' address, so the name is a real link (new tab, copy). */
  hrefFor: (key: string) => string;
  onResults: (key: string) => void;
  onEdit: (key: string) => void;
  onStatus: (key: string, status: Survey['status']) => void;
}

/** Every survey with its status and key figures over the range, and what can be done with it. */
export function SurveyList({ surveys, figures, busyKey, hrefFor, onResults, onEdit, onStatus }: Props) {
  return (
    <ul class="survey-list" aria-label="Surveys">
      {surveys.map((survey) => {
        const f = figures[survey.key];
        const busy = busyKey === survey.key;
        return (
          <li key={survey.key} class="survey-item">
            <div class="survey-item-text">
              <p class="survey-item-name">
                <a
                  href={hrefFor(survey.key)}
                  onClick={(e) => {
                    e.preventDefault();
                    onResults(survey.key);
                  }}
                >
                  {survey.name}
                </a>{' '}
                <StatusBadge status={survey.status} />
              </p>
              <p class="survey-item-meta muted">
                <code>{survey.key}</code> · {survey.questions.length} {survey.questions.length === 1 ? 'question' : 'questions'} ·{' '}
                {triggerSummary(survey)}
              </p>
            </div>
            {f && (
              <dl class="survey-figures">
                <div>
                  <dt>Shown</dt>
                  <dd>{formatCount(f.shown)}</dd>
                </div>
                <div>
                  <dt>Answered</dt>
                  <dd>{formatCount(f.answered)}</dd>
                </div>
                <div>
                  <dt>Completed</dt>
                  <dd>{formatPercent(f.completionRate)}</dd>
                </div>
                <div class="survey-figure-score">
                  <dt>{f.headline ? SCORE_NAMES[f.headline.type] : 'Score'}</dt>
                  <dd>{f.headline ? <SurveyScoreFigure type={f.headline.type} result={f.headline.score} /> : '—'}</dd>
                </div>
              </dl>
            )}
            <div class="survey-item-actions">
              <button type="button" class="button" onClick={() => onResults(survey.key)}>
                Results<span class="visually-hidden"> of {survey.name}</span>
              </button>
              <button type="button" class="button needs-member" onClick={() => onEdit(survey.key)}>
                Edit<span class="visually-hidden"> {survey.name}</span>
              </button>
              <StatusButton survey={survey} busy={busy} onStatus={onStatus} hiddenName />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** "Pause" for a live survey, "Go live" otherwise; members and admins only. */
export function StatusButton(props: {
  survey: Pick<Survey, 'key' | 'name' | 'status'>;
  busy: boolean;
  onStatus: (key: string, status: Survey['status']) => void;
  /** In a list: the survey's name follows for screen readers. */
  hiddenName?: boolean;
}) {
  const { survey, busy, onStatus, hiddenName } = props;
  const live = survey.status === 'live';
  return (
    <button
      type="button"
      class={live ? 'button needs-member' : 'button button-primary needs-member'}
      disabled={busy}
      aria-busy={busy}
      onClick={() => onStatus(survey.key, live ? 'paused' : 'live')}
    >
      {live ? 'Pause' : 'Go live'}
      {hiddenName && <span class="visually-hidden"> {survey.name}</span>}
    </button>
  );
}
