import { netScore } from './netScore.ts';
import { noAnswers, scoreResult, type ScoreResult } from './scoreResult.ts';

/** Answers to "How likely are you to recommend…?" grouped the standard way. */
export interface NpsCounts {
  /** 9–10 */
  promoters: number;
  /** 7–8 */
  passives: number;
  /** 0–6 */
  detractors: number;
}

export const PROMOTER_MIN = 9;
export const PASSIVE_MIN = 7;

/** Groups 0–10 answers; anything else is ignored. */
export function npsCounts(answers: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const answer of answers) {
    if (!Number.isInteger(answer) || answer < 0 || answer > 10) continue;
    if (answer >= PROMOTER_MIN) counts.promoters += 1;
    else if (answer >= PASSIVE_MIN) counts.passives += 1;
    else counts.detractors += 1;
  }
  return counts;
}

/**
 * NPS = %promoters − %detractors, −100…100, with the adjusted Wald interval
 * for a difference of trinomial shares (see netScore), scaled by 100.
 */
export function npsScore({ promoters, passives, detractors }: NpsCounts): ScoreResult {
  const n = promoters + passives + detractors;
  if (n === 0) return noAnswers();
  const { value, low, high } = netScore(promoters, passives, detractors);
  return scoreResult(value * 100, low * 100, high * 100, n);
}
