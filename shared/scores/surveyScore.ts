import { SCORE_SCALES, scoreBand, type ScoreQuestionType } from '../surveyScales.ts';
import { cesScore, type CesHistogram } from './ces.ts';
import { csatScore } from './csat.ts';
import { npsScore, type NpsCounts } from './nps.ts';
import type { RatingHistogram } from './ratingScale.ts';
import type { ScoreResult } from './scoreResult.ts';
import { thumbsUpScore } from './thumbsUp.ts';

/**
 * The score of a survey question from its answers counted per point of the
 * scale (`counts[0]` answers of the scale's minimum, …): NPS (−100…100) for
 * nps, CSAT (share of 4–5, 0–1) for csat, the CES mean (1–7) for ces, the
 * share of thumbs up (0–1) for thumbs. Each from its own file in scores/.
 */
export function surveyScore(type: ScoreQuestionType, counts: readonly number[]): ScoreResult {
  const { min, max } = SCORE_SCALES[type];
  const at = (value: number) => counts[value - min] ?? 0;
  switch (type) {
    case 'nps': {
      const groups: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
      for (let value = min; value <= max; value++) {
        const band = scoreBand('nps', value);
        groups[band === 'promoter' ? 'promoters' : band === 'passive' ? 'passives' : 'detractors'] += at(value);
      }
      return npsScore(groups);
    }
    case 'csat':
      return csatScore([at(1), at(2), at(3), at(4), at(5)] satisfies RatingHistogram);
    case 'ces':
      return cesScore([at(1), at(2), at(3), at(4), at(5), at(6), at(7)] satisfies CesHistogram);
    case 'thumbs':
      return thumbsUpScore(at(1), at(0));
  }
}
