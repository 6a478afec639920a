import type { ScoreComparison } from '../../../../shared/scores/compareScores.ts';
import type { CountChange } from '../../../../shared/scores/compareCounts.ts';
import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';

// How each score reads. Shares (CSAT, net experience) change in percentage
// points; a proper minus sign, so "−12" never reads as a dash.

export type ScoreKind = 'csat' | 'netExperience' | 'avgRating' | 'nps';

const MINUS = '\u2212';
const LOCALE = 'en-GB';

function signed(value: number, digits = 0): string {
  const text = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(value));
  if (Number(text) === 0 || /^0([.,]0*)?$/.test(text)) return text;
  return (value < 0 ? MINUS : '+') + text;
}

/** "72%", "+34", "3.8", "+30". */
export function formatScore(kind: ScoreKind, value: number): string {
  switch (kind) {
    case 'csat':
      return `${Math.round(value * 100)}%`;
    case 'netExperience':
      return signed(Math.round(value * 100));
    case 'avgRating':
      return value.toFixed(1);
    case 'nps':
      return signed(Math.round(value));
  }
}

/** Half the width of the 95% interval in the score's own unit, the wider side: "±6", "±0.3". */
export function formatMargin(kind: ScoreKind, result: ScoreResult): string | null {
  if (result.value === null || result.low === null || result.high === null) return null;
  const half = Math.max(result.value - result.low, result.high - result.value);
  if (kind === 'avgRating') return `±${half.toFixed(1)}`;
  return `±${Math.round(kind === 'nps' ? half : half * 100)}`;
}

/** For screen readers and tooltips: "95% interval 64% to 79%, 120 ratings". */
export function intervalSentence(kind: ScoreKind, result: ScoreResult, unit = 'ratings'): string {
  if (result.value === null || result.low === null || result.high === null) return `no ${unit}`;
  return `95% interval ${formatScore(kind, result.low)} to ${formatScore(kind, result.high)}, ${result.n} ${unit}`;
}

/** The change of a score: "+12 pts", "−0.4"; null when a period had no answers. */
export function formatScoreDelta(kind: ScoreKind, change: ScoreComparison): string | null {
  if (change.delta === null) return null;
  if (kind === 'avgRating') return signed(change.delta, 1);
  if (kind === 'nps') return `${signed(Math.round(change.delta))} pts`;
  return `${signed(Math.round(change.delta * 100))} pts`;
}

/** The change of a count: "+11", "−3", "±0". */
export function formatCountDelta(change: CountChange): string {
  return change.delta === 0 ? '±0' : signed(change.delta);
}

export type Direction = 'better' | 'worse' | 'same';

/** For a score, up is better; for counts of trouble (abandonments, negative ratings), up is worse. */
export function direction(delta: number | null, higherIsBetter: boolean): Direction {
  if (delta === null || delta === 0) return 'same';
  return delta > 0 === higherIsBetter ? 'better' : 'worse';
}
