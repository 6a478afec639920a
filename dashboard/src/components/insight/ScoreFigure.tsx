import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import { MIN_SAMPLE } from '../../../../shared/scores/scoreResult.ts';
import { formatMargin, formatScore, intervalSentence, type ScoreKind } from './scoreFormat.ts';
import { ScoreRangeBar } from './ScoreRangeBar.tsx';
import './ScoreFigure.css';

interface Props {
  kind: ScoreKind;
  result: ScoreResult;
  /** The headline of a card, or a figure in a row. */
  size?: 'large' | 'small';
  /** Draw the interval on the score's scale. */
  bar?: boolean;
}

/**
 * A score as "72% ±6", or "Not enough data" below MIN_SAMPLE answers: a
 * number from eight ratings would look as solid as one from eight hundred.
 */
export function ScoreFigure({ kind, result, size = 'small', bar = false }: Props) {
  if (result.value === null) {
    return <span class={`score-figure score-figure-${size} is-empty`}>No ratings</span>;
  }
  if (!result.enough) {
    return (
      <span class={`score-figure score-figure-${size} is-empty`} title={`${result.n} of the ${MIN_SAMPLE} ratings needed`}>
        Not enough data
        <span class="score-figure-n">
          {' '}
          ({result.n} of {MIN_SAMPLE})
        </span>
      </span>
    );
  }
  return (
    <span class={`score-figure score-figure-${size}`} title={intervalSentence(kind, result)}>
      <span class="score-figure-value">{formatScore(kind, result.value)}</span>
      <span class="score-figure-margin" aria-hidden="true">
        {' '}
        {formatMargin(kind, result)}
      </span>
      <span class="visually-hidden"> ({intervalSentence(kind, result)})</span>
      {bar && <ScoreRangeBar kind={kind} result={result} />}
    </span>
  );
}
