import type { Channel } from '../../../shared/schemas/response.ts';
import type { ScoreComparison } from '../../../shared/scores/compareScores.ts';

/** What every other channel is compared with: where the widget asks, and where most feedback comes from. */
export const BASELINE: Channel = 'web';

/** The web first, then the channels with most answers, then by name: the columns of the channels view's tables. */
export function channelOrder(counts: Iterable<[Channel, number]>): Channel[] {
  return [...counts]
    .sort(([a, an], [b, bn]) => Number(b === BASELINE) - Number(a === BASELINE) || bn - an || a.localeCompare(b))
    .map(([channel]) => channel);
}

/** Worse than the web: the interval of the difference wholly below zero, with enough answers on both sides. */
export function isWorse(vsWeb: ScoreComparison | null): boolean {
  return vsWeb !== null && vsWeb.significant && vsWeb.delta !== null && vsWeb.delta < 0;
}
