import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import type { ScoreLevel } from '../../scoreLevel.ts';

// Net experience colours the journey map: below 0 more customers had a bad time
// than a good one; from +50 on, good experiences clearly dominate. Without
// enough answers there is no colour, only "not enough data".

export function experienceLevel(netExperience: ScoreResult): ScoreLevel {
  if (!netExperience.enough || netExperience.value === null) return 'none';
  if (netExperience.value < 0) return 'poor';
  if (netExperience.value < 0.5) return 'fair';
  return 'good';
}
