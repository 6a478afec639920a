import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteVisitor } from '../src/visitor/noteVisitor.ts';
import { FIRST_SEEN_KEY, hasPrivacySignal, visitorKind } from '../src/visitor/visitorKind.ts';
import { whoAnswered } from '../src/visitor/whoAnswered.ts';
import { memoryStorage } from './memoryStorage.ts';

const local = new Map<string, string>();
let session: Map<string, string>;

/** A page view of a visit as tp.js starts it: navigator, storage, then noteVisitor. */
function pageView({ privacy = {} as { doNotTrack?: string; globalPrivacyControl?: boolean } } = {}) {
  vi.stubGlobal('navigator', { doNotTrack: null, ...privacy });
  vi.stubGlobal('localStorage', memoryStorage(local));
  vi.stubGlobal('sessionStorage', memoryStorage(session));
  return noteVisitor();
}
const newVisit = () => (session = new Map());

describe('new or returning visitor', () => {
  beforeEach(() => {
    local.clear();
    newVisit();
    vi.useFakeTimers({ now: Date.UTC(2025, 0, 1, 12) });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it('is new throughout the first visit and returning in every later one, marked on every page view by tp.js', () => {
    pageView();
    expect(visitorKind(localStorage, sessionStorage)).toBe('new');
    expect(whoAnswered()).toEqual({ returning: false, attributes: undefined });
    pageView(); // the next page of that visit
    expect(whoAnswered().returning).toBe(false);
    expect(local.get(FIRST_SEEN_KEY)).toBe(String(Math.floor(Date.now() / 864e5))); // a day, no more

    newVisit();
    vi.advanceTimersByTime(3 * 864e5);
    pageView();
    expect(visitorKind(localStorage, sessionStorage)).toBe('returning');
    expect(whoAnswered().returning).toBe(true);
    expect(local.get(FIRST_SEEN_KEY)).toBe(String(Math.floor(Date.UTC(2025, 0, 1) / 864e5))); // the first day stays
  });

  it('is unknown without the marker: nothing to say rather than a guess', () => {
    vi.stubGlobal('navigator', { doNotTrack: null });
    vi.stubGlobal('localStorage', memoryStorage(local));
    vi.stubGlobal('sessionStorage', memoryStorage(session));
    expect(visitorKind(localStorage, sessionStorage)).toBeUndefined();
    expect(whoAnswered()).toEqual({ returning: undefined, attributes: undefined });
  });

  it('never throws into the page where storage is blocked, and says nothing then', () => {
    vi.stubGlobal('navigator', { doNotTrack: null });
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(globalThis, 'localStorage', { get: blocked, configurable: true });
    vi.stubGlobal('sessionStorage', memoryStorage(session));
    const identify = noteVisitor();
    expect(() => identify({ plan: 'gold' })).not.toThrow();
    expect(whoAnswered()).toEqual({});
  });

  it('under Global Privacy Control or Do Not Track stores nothing, keeps no attributes and sends neither', () => {
    for (const privacy of [{ globalPrivacyControl: true }, { doNotTrack: '1' }]) {
      pageView({ privacy })({ plan: 'gold' });
      expect([...local.keys(), ...session.keys()]).toEqual([]);
      expect(whoAnswered()).toEqual({});
    }
  });

  it('reads Global Privacy Control and Do Not Track', () => {
    expect(hasPrivacySignal({ globalPrivacyControl: true, doNotTrack: null })).toBe(true);
    expect(hasPrivacySignal({ doNotTrack: '1' })).toBe(true);
    expect(hasPrivacySignal({ globalPrivacyControl: false, doNotTrack: '0' })).toBe(false);
    expect(hasPrivacySignal({ doNotTrack: 'unspecified' })).toBe(false);
  });
});
