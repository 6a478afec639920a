const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * When each attempt is made, counted from the previous one: immediately, then
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h (about three days in
 * all). After the tenth fails the delivery is failed and its destination disabled.
 */
export const RETRY_DELAYS_MS = [0, 5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR] as const;

/** ±10 %: destinations that failed together do not all come back at the same instant. */
const JITTER = 0.1;

/**
 * The wait before the next attempt after `tries` attempts failed, or undefined
 * when none is left. `random` in [0, 1) picks the jitter.
 */
export function retryDelay(tries: number, random: () => number): number | undefined {
  const delay = RETRY_DELAYS_MS[tries];
  if (delay === undefined) return undefined;
  return Math.round(delay * (1 + JITTER * (2 * random() - 1)));
}
