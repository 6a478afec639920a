import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import type { ScoreKind } from './scoreFormat.ts';
import './ScoreRangeBar.css';

const SCALE: Record<ScoreKind, [min: number, max: number]> = {
  csat: [0, 1],
  netExperience: [-1, 1],
  avgRating: [1, 5],
  nps: [-100, 100],
};

/**
 * The 95% interval drawn on the score's whole scale, with the value as a tick:
 * a wide band says "few answers" faster than any number. Decorative; the
 * interval is also given as text. Positions are set through the CSSOM, which
 * the dashboard's CSP allows, never as style attributes.
 */
export function ScoreRangeBar({ kind, result }: { kind: ScoreKind; result: ScoreResult }) {
  if (result.value === null || result.low === null || result.high === null) return null;
  const [min, max] = SCALE[kind];
  const at = (value: number) => `${(((value - min) / (max - min)) * 100).toFixed(2)}%`;
  return (
    <span class="score-range" aria-hidden="true">
      {min < 0 && <span class="score-range-zero" style={{ left: at(0) }} />}
      <span class="score-range-band" style={{ left: at(result.low), right: `calc(100% - ${at(result.high)})` }} />
      <span class="score-range-value" style={{ left: at(result.value) }} />
    </span>
  );
}
