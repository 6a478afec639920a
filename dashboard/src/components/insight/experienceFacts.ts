import type { ExperienceChange, ExperienceScores } from '../../../../shared/schemas/journeyMap.ts';
import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import { formatCount } from '../../format.ts';
import { direction, formatCountDelta, formatScore, formatScoreDelta, type Direction, type ScoreKind } from './scoreFormat.ts';

/** What a ChangeNote needs. */
export interface ChangeFacts {
  text: string | null;
  direction: Direction;
  significant: boolean;
  previous: string;
}

function previousScore(kind: ScoreKind, result: ScoreResult, period: string): string {
  if (result.value === null) return `no ratings in the ${period}`;
  if (!result.enough) return `${period}: not enough data`;
  return `${period}: ${formatScore(kind, result.value)}`;
}

export function scoreChange(
  kind: Exclude<ScoreKind, 'nps'>,
  previous: ExperienceScores,
  change: ExperienceChange,
  period: string,
): ChangeFacts {
  const comparison = change[kind];
  return {
    text: formatScoreDelta(kind, comparison),
    direction: direction(comparison.delta, true),
    significant: comparison.significant,
    previous: previousScore(kind, previous[kind], period),
  };
}

/** Abandonments and negative ratings are trouble: more is worse. */
export function countChange(
  key: 'abandonments' | 'negativeRatings',
  previous: ExperienceScores,
  change: ExperienceChange,
  period: string,
): ChangeFacts {
  return {
    text: formatCountDelta(change[key]),
    direction: direction(change[key].delta, false),
    significant: change[key].significant,
    previous: `${period}: ${formatCount(previous[key])}`,
  };
}

export function responsesChange(current: ExperienceScores, previous: ExperienceScores, period: string): ChangeFacts {
  const delta = current.responses - previous.responses;
  return {
    text: delta === 0 ? '±0' : `${delta > 0 ? '+' : '\u2212'}${formatCount(Math.abs(delta))}`,
    direction: 'same',
    significant: false,
    previous: `${period}: ${formatCount(previous.responses)}`,
  };
}
