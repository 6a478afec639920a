import { MIN_SAMPLE, type ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import type { ScoreQuestionType } from '../../../../shared/surveyScales.ts';
import { formatMargin, formatScore, intervalSentence } from '../insight/scoreFormat.ts';
import { SCORE_KIND } from './surveyScoreFormat.ts';
import '../insight/ScoreFigure.css';

interface Props {
  type: ScoreQuestionType;
  result: ScoreResult;
  size?: 'large' | 'small';
}

/** A survey score as "+32 ±9", or "Not enough data" below MIN_SAMPLE answers (as the insight views show scores). */
export function SurveyScoreFigure({ type, result, size = 'small' }: Props) {
  const kind = SCORE_KIND[type];
  if (result.value === null) return <span class={`score-figure score-figure-${size} is-empty`}>No answers</span>;
  if (!result.enough) {
    return (
      <span class={`score-figure score-figure-${size} is-empty`} title={`${result.n} of the ${MIN_SAMPLE} answers needed`}>
        Not enough data
        <span class="score-figure-n">
          {' '}
          ({result.n} of {MIN_SAMPLE})
        </span>
      </span>
    );
  }
  const sentence = intervalSentence(kind, result, 'answers');
  return (
    <span class={`score-figure score-figure-${size}`} title={sentence}>
      <span class="score-figure-value">{formatScore(kind, result.value)}</span>
      <span class="score-figure-margin" aria-hidden="true">
        {' '}
        {formatMargin(kind, result)}
      </span>
      <span class="visually-hidden"> ({sentence})</span>
    </span>
  );
}
