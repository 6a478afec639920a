import { wilsonInterval } from './wilsonInterval.ts';

export interface CountChange {
  /** current − previous. */
  delta: number;
  /** current / previous; null when previous is 0. */
  ratio: number | null;
  /** The change is more than chance at 5%. */
  significant: boolean;
}

/**
 * Compares two event counts from periods of equal length (negative ratings,
 * abandonments). If nothing changed, each event is as likely to fall in either
 * period, so current is Binomial(current + previous, ½): the change is
 * significant when the Wilson interval of current / (current + previous)
 * excludes ½ (the conditional test for two Poisson counts).
 */
export function compareCounts(current: number, previous: number): CountChange {
  const total = current + previous;
  const { low, high } = wilsonInterval(current, total);
  return {
    delta: current - previous,
    ratio: previous === 0 ? null : current / previous,
    significant: total > 0 && (low > 0.5 || high < 0.5),
  };
}
