export type Trend = 'up' | 'down' | 'same' | 'new' | 'none';

export interface Comparison {
  trend: Trend;
  /** Relative change, 0.18 for +18%; null when there is nothing to compare with. */
  change: number | null;
}

/** How a figure moved since the previous period of equal length. */
export function compare(current: number, previous: number): Comparison {
  if (previous === 0) return current === 0 ? { trend: 'none', change: null } : { trend: 'new', change: null };
  const change = (current - previous) / previous;
  if (Math.abs(change) < 0.005) return { trend: 'same', change: 0 };
  return { trend: change > 0 ? 'up' : 'down', change };
}

/** "previous 30 days", "previous day". */
export function previousPeriodLabel(days: number): string {
  return days === 1 ? 'previous day' : `previous ${days} days`;
}
