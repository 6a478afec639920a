// Every number and date the dashboard shows goes through here, so the wording
// is the same in the cards, the table, the chart and the comments.

const DASH = '—';
const LOCALE = 'en-GB';

export interface FormatOptions {
  locale?: string;
  /** Defaults to the viewer's own zone; tests pin it. */
  timeZone?: string;
}

export function formatCount(value: number, locale = LOCALE): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** An average rating with one decimal, e.g. "3.8"; a dash when nothing was rated. */
export function formatRating(value: number | null | undefined, locale = LOCALE): string {
  if (value == null || Number.isNaN(value)) return DASH;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A 0–1 share as a whole percentage, e.g. "72%". */
export function formatPercent(share: number | null | undefined, locale = LOCALE): string {
  if (share == null || Number.isNaN(share)) return DASH;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A UTC calendar day such as "2026-11-10" as "10 Nov". */
export function formatDay(day: string, locale = LOCALE): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "10 Oct – 8 Nov 2026", or "3 Dec 2025 – 1 Jan 2026" across years. */
export function formatDayRange(from: string, to: string, locale = LOCALE): string {
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const end = long.format(new Date(`${to}T00:00:00Z`));
  if (from === to) return end;
  const start =
    from.slice(0, 4) === to.slice(0, 4) ? formatDay(from, locale) : long.format(new Date(`${from}T00:00:00Z`));
  return `${start} – ${end}`;
}

/** Full date and time, for tooltips and as the fallback for older items. */
export function formatDateTime(iso: string, { locale = LOCALE, timeZone }: FormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const RELATIVE_STEPS: [limitSeconds: number, unit: Intl.RelativeTimeFormatUnit, unitSeconds: number][] = [
  [60 * 60, 'minute', 60],
  [24 * 60 * 60, 'hour', 60 * 60],
  [7 * 24 * 60 * 60, 'day', 24 * 60 * 60],
  [30 * 24 * 60 * 60, 'week', 7 * 24 * 60 * 60],
];

/**
 * "5 minutes ago", "yesterday", "2 weeks ago"; past a month the exact date
 * reads better than "3 months ago".
 */
export function formatRelativeTime(iso: string, now: Date, options: FormatOptions = {}): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((now.getTime() - then) / 1000);
  // A little clock skew between collector and browser is not "in the future".
  if (seconds < 45) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(options.locale ?? LOCALE, { numeric: 'auto' });
  for (const [limit, unit, unitSeconds] of RELATIVE_STEPS) {
    if (seconds < limit) return rtf.format(-Math.max(1, Math.floor(seconds / unitSeconds)), unit);
  }
  return formatDateTime(iso, options);
}

const CHANNEL_LABELS: Record<string, string> = {
  web: 'Web',
  email: 'Email',
  sms: 'SMS',
  phone: 'Phone',
  store: 'In store',
  api: 'API',
};

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? capitalise(channel);
}

export function deviceLabel(device: string | null | undefined): string {
  if (!device) return 'Unknown device';
  return capitalise(device);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
