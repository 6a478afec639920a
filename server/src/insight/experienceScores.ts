import type { ExperienceChange, ExperienceScores } from '../../../shared/schemas/journeyMap.ts';
import { averageRatingScore } from '../../../shared/scores/averageRating.ts';
import { compareCounts } from '../../../shared/scores/compareCounts.ts';
import { compareScores } from '../../../shared/scores/compareScores.ts';
import { csatScore } from '../../../shared/scores/csat.ts';
import { netExperienceScore } from '../../../shared/scores/netExperience.ts';
import { negativeRatings, ratingsIn } from '../../../shared/scores/ratingScale.ts';
import type { Bucket } from './touchpointBuckets.ts';

export function experienceScores({ histogram, abandonments }: Bucket): ExperienceScores {
  return {
    responses: ratingsIn(histogram),
    negativeRatings: negativeRatings(histogram),
    avgRating: averageRatingScore(histogram),
    csat: csatScore(histogram),
    netExperience: netExperienceScore(histogram),
    abandonments,
  };
}

export function experienceChange(current: ExperienceScores, previous: ExperienceScores): ExperienceChange {
  return {
    avgRating: compareScores(current.avgRating, previous.avgRating),
    csat: compareScores(current.csat, previous.csat),
    netExperience: compareScores(current.netExperience, previous.netExperience),
    negativeRatings: compareCounts(current.negativeRatings, previous.negativeRatings),
    abandonments: compareCounts(current.abandonments, previous.abandonments),
  };
}

/** Current, previous and the change between them, as the journey map shows every cell. */
export function withPeriods(current: Bucket, previous: Bucket) {
  const now = experienceScores(current);
  const before = experienceScores(previous);
  return { current: now, previous: before, change: experienceChange(now, before) };
}
