import type { LeftStep } from '../triggers/formAbandon.ts';
import { JOURNEY_STATE_KEY } from './stateKey.ts';

/** Minimum time on a page before asking anything: nobody is leaving yet. */
export const MIN_MS_ON_PAGE = 4_000;

/** The step the shopper is on. Field values are never kept, only how many fields were typed into. */
export interface CurrentStep extends LeftStep {
  journey: string;
  /** When the step started, ms since the epoch. */
  since: number;
  /** Leaving it was recorded (the `abandoned` event, or an answer): not again for this step. */
  left?: boolean;
}

/** What the visit (the tab's session) knows about journeys. */
export interface JourneyVisit {
  current?: CurrentStep;
  /** 'journey/step' of every step reached, in order. */
  reached: string[];
  completed: string[];
  /** Journeys asked "What stopped you?" about. */
  asked: string[];
  /** "No thanks": not asked again this visit. */
  declined?: boolean;
}

function load(storage: Storage): JourneyVisit {
  try {
    const visit = JSON.parse(storage.getItem(JOURNEY_STATE_KEY)!);
    if (visit && Array.isArray(visit.reached)) return visit;
  } catch {
    // Missing or damaged: start afresh.
  }
  return { reached: [], completed: [], asked: [] };
}

/**
 * The visit's journeys over sessionStorage (per tab, gone when it closes, no
 * cookies). Each change is written straight away: the page may go at any moment.
 */
export function openJourneyState(storage: Storage = sessionStorage) {
  const visit = load(storage);
  const save = () => {
    try {
      storage.setItem(JOURNEY_STATE_KEY, JSON.stringify(visit));
    } catch {
      // Storage full or blocked: this page still tracks, the next one starts afresh.
    }
  };
  const isCompleted = (journey: string) => visit.completed.includes(journey);

  return {
    visit: visit as Readonly<JourneyVisit>,
    isCompleted,

    /** The shopper is on this step; true the first time in the visit (send `reached`). Ignored once the journey completed. */
    reach(journey: string, step: string, now: number): boolean {
      if (isCompleted(journey)) return false;
      const key = `${journey}/${step}`;
      const first = !visit.reached.includes(key);
      if (first) visit.reached.push(key);
      const current = visit.current;
      if (current?.journey !== journey || current.step !== step) visit.current = { journey, step, since: now, fields: 0 };
      save();
      return first;
    },

    /** The journey is done; true the first time (send `completed`). */
    complete(journey: string): boolean {
      if (isCompleted(journey)) return false;
      visit.completed.push(journey);
      if (visit.current?.journey === journey) visit.current = undefined;
      save();
      return true;
    },

    /** The steps of a journey in the order the visit reached them. */
    reachedSteps(journey: string): string[] {
      return visit.reached.filter((key) => key.startsWith(journey + '/')).map((key) => key.slice(journey.length + 1));
    },

    /** The shopper typed into one more field of the current step. */
    touchField(): void {
      if (visit.current) visit.current.fields++;
      save();
    },

    /** This page is being left onward, into the journey (its form submitted, a link to one of its pages). */
    markOnward(): void {
      if (visit.current) visit.current.onward = true;
      save();
    },

    /** A new page: how the last one was left has been read. */
    clearOnward(): void {
      if (visit.current) delete visit.current.onward;
      save();
    },

    /** Leaving the current step was recorded (the `abandoned` event, or an answer): not again for this step. */
    markLeft(): void {
      if (visit.current) visit.current.left = true;
      save();
    },

    /** May we ask about this journey now? Once per journey, never after it completed or a "No thanks", never early in a page. */
    mayAsk(journey: string, msOnPage: number, minMsOnPage = MIN_MS_ON_PAGE): boolean {
      return !isCompleted(journey) && !visit.asked.includes(journey) && !visit.declined && msOnPage >= minMsOnPage;
    },

    markAsked(journey: string): void {
      visit.asked.push(journey);
      save();
    },

    decline(): void {
      visit.declined = true;
      save();
    },
  };
}

export type JourneyState = ReturnType<typeof openJourneyState>;
