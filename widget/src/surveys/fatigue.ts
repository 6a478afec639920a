import type { Survey } from '../../../shared/schemas/survey.ts';

/** localStorage: when surveys were answered or dismissed, and each survey's sampling roll. Never sent. */
export const FATIGUE_KEY = 'touchpoint:surveys';
/** sessionStorage: the survey this visit showed; one per visit. */
export const SHOWN_KEY = 'touchpoint:survey-shown';
const DAY_MS = 24 * 3600 * 1000;

interface Memory {
  /** Last time any survey was answered or dismissed (ms). */
  last?: number;
  /** Per survey: when it was answered or dismissed. */
  done: Record<string, number>;
  /** Per survey: a number in [0, 100) drawn once, so sampling is the same on every page. */
  rolls: Record<string, number>;
}

/**
 * Survey fatigue over localStorage (no cookies): at most one survey per visit;
 * after any survey is answered or dismissed none for `cooldownDays`; the same
 * survey never again unless it recurs, then after `recurDays`. Without working
 * storage no survey is shown at all: we could not keep these promises.
 */
export function openFatigue(local: Storage, session: Storage, now: () => number = Date.now, random: () => number = Math.random) {
  const read = (): Memory | undefined => {
    try {
      const memory = JSON.parse(local.getItem(FATIGUE_KEY) ?? '{}');
      return { done: {}, rolls: {}, ...memory };
    } catch {
      return undefined;
    }
  };
  const write = (change: (memory: Memory) => void) => {
    try {
      const memory = read()!;
      change(memory);
      local.setItem(FATIGUE_KEY, JSON.stringify(memory));
    } catch {
      // Storage full or blocked.
    }
  };
  const shownThisVisit = () => {
    try {
      return !!session.getItem(SHOWN_KEY);
    } catch {
      return true;
    }
  };

  return {
    mayShow(survey: Pick<Survey, 'key' | 'recurDays'>, cooldownDays: number): boolean {
      const memory = read();
      if (!memory || shownThisVisit()) return false;
      const t = now();
      if (memory.last !== undefined && t - memory.last < cooldownDays * DAY_MS) return false;
      const done = memory.done[survey.key];
      return done === undefined || (survey.recurDays != null && t - done >= survey.recurDays * DAY_MS);
    },

    /** Whether this browser is in the survey's sample; the roll is drawn once and kept. */
    sampled(key: string, percent = 100): boolean {
      let roll = read()?.rolls[key];
      if (roll === undefined) {
        roll = random() * 100;
        write((memory) => (memory.rolls[key] = roll!));
      }
      return roll < percent;
    },

    markShown(key: string): void {
      try {
        session.setItem(SHOWN_KEY, key);
      } catch {
        // Blocked storage: mayShow already says no.
      }
    },

    /** The survey could not be shown after all (its chunk failed to load): the visit may show one later. */
    unmarkShown(): void {
      try {
        session.removeItem(SHOWN_KEY);
      } catch {
        // As above.
      }
    },

    /** Answered (at the first answer) or dismissed: starts the cooldown and retires the survey. */
    markDone(key: string): void {
      write((memory) => {
        memory.last = now();
        memory.done[key] = memory.last;
      });
    },
  };
}

