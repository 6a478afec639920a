import { TZDate } from '@date-fns/tz';

export type DateFormat = 'iso' | 'dmy' | 'mdy';

// 2026-05-03, 2026-05-03 09:12, 2026-05-03T09:12:30.5, with Z or ±hh:mm.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
// 03/05/2026, 3.5.2026, 03-05-2026 09:12[:30].
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant a date cell means, in ms, or undefined when it is no date in the
 * declared form. ISO 8601 is always understood; `dmy` and `mdy` say which of
 * 03/05/2026's numbers is the day, as the mapping declares it (never guessed
 * per row: 03/05 and 13/05 in one file would otherwise mean different months).
 * A date without an offset is wall-clock time in `timeZone`.
 */
export function parseImportDate(cell: string, format: DateFormat, timeZone: string): number | undefined {
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = iso;
    return instant({ y: +y!, mo: +mo!, d: +d!, h: +h, mi: +mi, s: +s }, offset, timeZone);
  }
  const numeric = format === 'iso' ? null : NUMERIC.exec(text);
  if (!numeric) return undefined;
  const [, first, second, y, h = '0', mi = '0', s = '0'] = numeric;
  const [d, mo] = format === 'dmy' ? [+first!, +second!] : [+second!, +first!];
  return instant({ y: +y!, mo, d, h: +h, mi: +mi, s: +s }, undefined, timeZone);
}

interface WallTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function instant(t: WallTime, offset: string | undefined, timeZone: string): number | undefined {
  if (t.mo < 1 || t.mo > 12 || t.d < 1 || t.d > 31 || t.h > 23 || t.mi > 59 || t.s > 59) return undefined;
  // 31 February rolls over in Date: a date that does not exist is no date.
  const probe = new Date(Date.UTC(t.y, t.mo - 1, t.d));
  if (probe.getUTCMonth() !== t.mo - 1) return undefined;
  if (offset) {
    const sign = offset.toUpperCase() === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    const minutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s) - minutes * 60_000;
  }
  const ms = new TZDate(t.y, t.mo - 1, t.d, t.h, t.mi, t.s, timeZone).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
