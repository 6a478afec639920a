const DAY = 86_400_000;

/** The UTC days (YYYY-MM-DD) a half-open range [from, to) touches, in order. */
export function utcDays(from: number, to: number): string[] {
  const days: string[] = [];
  for (let day = Math.floor(from / DAY); day * DAY < to; day++) days.push(new Date(day * DAY).toISOString().slice(0, 10));
  return days;
}
