import { tzScan } from '@date-fns/tz';
import { offsetMs } from '../../../../../shared/time/localDays.ts';

const QUARTER_HOUR_MS = 900_000;

/** From `fromAt` on (until the next stretch), the zone is `offsetMs` ahead of UTC. */
export interface ZoneStretch {
  fromAt: number;
  offsetMs: number;
}

/**
 * When the zone's offset changes inside [from, to), to the quarter hour:
 * tzScan finds the hour (counted from `from`, so first rounded up to a quarter
 * hour, still on the new offset); every zone's offsets and changes fall on
 * quarter hours (Newfoundland's at 05:30 UTC), so the quarters before it settle it.
 */
function offsetChanges(timeZone: string, from: number, to: number): number[] {
  if (!(to > from)) return [];
  return tzScan(timeZone, { start: new Date(from), end: new Date(to) })
    .map(({ date }) => {
      let at = Math.ceil(+date / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
      const after = offsetMs(timeZone, at);
      while (at - QUARTER_HOUR_MS > from && offsetMs(timeZone, at - QUARTER_HOUR_MS) === after) at -= QUARTER_HOUR_MS;
      return at;
    })
    .filter((at) => at > from && at < to);
}

/** The zone's offsets over [from, to): the one at `from`, then one per change of clocks. */
export function zoneStretches(timeZone: string, from: number, to: number): ZoneStretch[] {
  return [
    { fromAt: from, offsetMs: offsetMs(timeZone, from) },
    ...offsetChanges(timeZone, from, to).map((at) => ({ fromAt: at, offsetMs: offsetMs(timeZone, at) })),
  ];
}
