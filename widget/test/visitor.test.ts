import { describe, expect, it } from 'vitest';
import { FIRST_SEEN_KEY, hasPrivacySignal, visitorKind } from '../src/surveys/visitor.ts';
import { blockedStorage, memoryStorage } from './memoryStorage.ts';

describe('new or returning visitor', () => {
  it('is new throughout the first visit and returning in every later one', () => {
    const local = memoryStorage();
    const first = memoryStorage();
    const now = () => Date.UTC(2025, 0, 1, 12);
    expect(visitorKind(local, first, now)).toBe('new');
    expect(visitorKind(local, first, now)).toBe('new'); // the next page of that visit
    expect(local.getItem(FIRST_SEEN_KEY)).toBe(String(Math.floor(now() / 864e5))); // a day, no more
    expect(visitorKind(local, memoryStorage(), now)).toBe('returning');
  });

  it('is unknown when storage is blocked', () => {
    expect(visitorKind(blockedStorage, memoryStorage())).toBeUndefined();
  });

  it('reads Global Privacy Control and Do Not Track', () => {
    expect(hasPrivacySignal({ globalPrivacyControl: true, doNotTrack: null })).toBe(true);
    expect(hasPrivacySignal({ doNotTrack: '1' })).toBe(true);
    expect(hasPrivacySignal({ globalPrivacyControl: false, doNotTrack: '0' })).toBe(false);
    expect(hasPrivacySignal({ doNotTrack: 'unspecified' })).toBe(false);
  });
});
