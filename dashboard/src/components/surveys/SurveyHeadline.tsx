import type { ComponentChildren } from 'preact';
import type { SurveyResults } from '../../../../shared/schemas/surveyResults.ts';
import { isScoreQuestionType } from '../../../../shared/surveyScales.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { ChangeNote } from '../insight/ChangeNote.tsx';
import { direction, formatScore, formatScoreDelta } from '../insight/scoreFormat.ts';
import { SCORE_KIND, SCORE_MEANINGS, SCORE_NAMES } from './surveyScoreFormat.ts';
import { SurveyScoreFigure } from './SurveyScoreFigure.tsx';
import '../journeys/AbandonmentHeadline.css';
import './SurveyHeadline.css';

interface Props {
  results: SurveyResults;
  /** "previous 30 days". */
  period: string;
}

/** The survey in four cards: its score (the first score question's), completion rate, shown, answered. */
export function SurveyHeadline({ results, period }: Props) {
  const { totals, previous } = results;
  const first = results.questions.find((q) => isScoreQuestionType(q.type) && q.score);
  return (
    <div class="abandonment-cards survey-cards">
      {first && isScoreQuestionType(first.type) && first.score ? (
        <div class="abandonment-card card" role="group" aria-label={SCORE_NAMES[first.type]}>
          <p class="headline-label">{SCORE_NAMES[first.type]}</p>
          <p class="survey-card-score">
            <SurveyScoreFigure type={first.type} result={first.score} size="large" />
          </p>
          <p class="abandonment-hint muted">{SCORE_MEANINGS[first.type]}</p>
          <p class="comparison">
            <ChangeNote
              text={first.change ? formatScoreDelta(SCORE_KIND[first.type], first.change) : null}
              direction={direction(first.change?.delta ?? null, true)}
              significant={first.change?.significant ?? false}
              previous={`${period}: ${
                first.previousScore?.value == null ? 'no answers' : formatScore(SCORE_KIND[first.type], first.previousScore.value)
              }`}
            />{' '}
            <span class="muted">vs {period}</span>
          </p>
        </div>
      ) : (
        <div class="abandonment-card card" role="group" aria-label="Score">
          <p class="headline-label">Score</p>
          <p class="abandonment-hint muted">This survey asks no score question.</p>
        </div>
      )}
      <Figure label="Completion rate" value={formatPercent(totals.completionRate)} before={formatPercent(previous.completionRate)} period={period}>
        {formatCount(totals.completed)} of {formatCount(totals.shown)} shown finished it
      </Figure>
      <Figure label="Shown" value={formatCount(totals.shown)} before={formatCount(previous.shown)} period={period}>
        visits the survey appeared in
      </Figure>
      <Figure label="Answered" value={formatCount(totals.answered)} before={formatCount(previous.answered)} period={period}>
        {formatPercent(totals.shown === 0 ? null : totals.answered / totals.shown)} of those shown answered at least one question
      </Figure>
    </div>
  );
}

function Figure(props: { label: string; value: string; before: string; period: string; children: ComponentChildren }) {
  return (
    <div class="abandonment-card card" role="group" aria-label={props.label}>
      <p class="headline-label">{props.label}</p>
      <p class="abandonment-value">{props.value}</p>
      <p class="abandonment-hint muted">{props.children}</p>
      <p class="comparison tone-neutral">
        {props.before} in the {props.period}
      </p>
    </div>
  );
}
