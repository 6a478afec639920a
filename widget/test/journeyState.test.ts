import { beforeEach, describe, expect, it } from 'vitest';
import { MIN_MS_ON_PAGE, openJourneyState } from '../src/journeys/journeyState.ts';
import { JOURNEY_STATE_KEY } from '../src/journeys/stateKey.ts';
import { installMemoryStorage } from './memoryStorage.ts';

describe('journey state (per visit, in sessionStorage)', () => {
  beforeEach(() => installMemoryStorage());

  it('reports a step as reached once per visit, across pages', () => {
    const page1 = openJourneyState();
    expect(page1.reach('checkout', 'shipping', 1000)).toBe(true);
    expect(page1.reach('checkout', 'shipping', 2000)).toBe(false);
    const page2 = openJourneyState(); // the next page of the same tab
    expect(page2.reach('checkout', 'shipping', 3000)).toBe(false);
    expect(page2.reach('checkout', 'payment', 4000)).toBe(true);
    expect(page2.reachedSteps('checkout')).toEqual(['shipping', 'payment']);
  });

  it('keeps the current step, when it started and how many fields were typed into', () => {
    const state = openJourneyState();
    state.reach('checkout', 'shipping', 1000);
    state.touchField();
    state.touchField();
    state.reach('checkout', 'shipping', 5000); // same step again: still the same visit of it
    expect(state.visit.current).toEqual({ journey: 'checkout', step: 'shipping', since: 1000, fields: 2 });
    state.reach('checkout', 'payment', 9000);
    expect(state.visit.current).toEqual({ journey: 'checkout', step: 'payment', since: 9000, fields: 0 });
  });

  it('stores only counts, never what was typed', () => {
    const state = openJourneyState();
    state.reach('checkout', 'shipping', 1000);
    state.touchField();
    const stored = sessionStorage.getItem(JOURNEY_STATE_KEY)!;
    expect(JSON.parse(stored).current).toEqual({ journey: 'checkout', step: 'shipping', since: 1000, fields: 1 });
  });

  it('completes a journey once; after that it never asks and ignores its steps', () => {
    const state = openJourneyState();
    state.reach('checkout', 'payment', 1000);
    expect(state.complete('checkout')).toBe(true);
    expect(state.complete('checkout')).toBe(false);
    expect(state.visit.current).toBeUndefined();
    expect(state.mayAsk('checkout', 60_000)).toBe(false);
    expect(state.reach('checkout', 'cart', 2000)).toBe(false);
    expect(state.visit.current).toBeUndefined();
  });

  it('asks at most once per journey per visit', () => {
    const state = openJourneyState();
    expect(state.mayAsk('checkout', 10_000)).toBe(true);
    state.markAsked('checkout');
    expect(openJourneyState().mayAsk('checkout', 10_000)).toBe(false);
    expect(openJourneyState().mayAsk('signup', 10_000)).toBe(true);
  });

  it('remembers "No thanks" for the rest of the visit, for every journey', () => {
    openJourneyState().decline();
    expect(openJourneyState().mayAsk('checkout', 10_000)).toBe(false);
    expect(openJourneyState().mayAsk('signup', 10_000)).toBe(false);
  });

  it('never asks during the first seconds of a page (4 s unless told otherwise)', () => {
    const state = openJourneyState();
    expect(state.mayAsk('checkout', MIN_MS_ON_PAGE - 1)).toBe(false);
    expect(state.mayAsk('checkout', MIN_MS_ON_PAGE)).toBe(true);
    expect(state.mayAsk('checkout', 1500, 1000)).toBe(true);
  });

  it('remembers how the step was left for the next page, and that leaving was recorded', () => {
    const state = openJourneyState();
    state.reach('checkout', 'shipping', 1000);
    state.markOnward();
    const next = openJourneyState();
    expect(next.visit.current?.onward).toBe(true);
    next.clearOnward();
    next.markLeft();
    expect(openJourneyState().visit.current).toMatchObject({ step: 'shipping', left: true });
    expect(openJourneyState().visit.current?.onward).toBeUndefined();
  });

  it('starts afresh from damaged storage, and keeps working when storage refuses writes', () => {
    sessionStorage.setItem(JOURNEY_STATE_KEY, '{not json');
    expect(openJourneyState().visit).toEqual({ reached: [], completed: [], asked: [] });
    const full = { ...sessionStorage, getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    const state = openJourneyState(full);
    expect(state.reach('checkout', 'cart', 1)).toBe(true);
    expect(state.visit.current?.step).toBe('cart');
  });
});
