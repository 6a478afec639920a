const MAX_MS = 24 * 3_600_000;

/**
 * A `Retry-After` value (seconds, or an HTTP date) as a wait in ms from `now`,
 * at least a second and at most a day; undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(MAX_MS, Math.max(1000, ms));
}
