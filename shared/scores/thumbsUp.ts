import { noAnswers, scoreResult, type ScoreResult } from './scoreResult.ts';
import { wilsonInterval } from './wilsonInterval.ts';

/** The share of thumbs up (0–1), with its Wilson interval, as for CSAT. */
export function thumbsUpScore(up: number, down: number): ScoreResult {
  const n = up + down;
  if (n === 0) return noAnswers();
  const { low, high } = wilsonInterval(up, n);
  return scoreResult(up / n, low, high, n);
}
