import { describe, expect, it } from 'vitest';
import { openFatigue } from '../src/surveys/fatigue.ts';
import { blockedStorage, memoryStorage } from './memoryStorage.ts';

const DAY = 24 * 3600 * 1000;

/** One browser: localStorage lasts, each visit gets a fresh sessionStorage; the clock is ours. */
function browser() {
  const local = memoryStorage();
  let now = Date.UTC(2025, 0, 1);
  let random = 0.5;
  let visit = openFatigue(local, memoryStorage(), () => now, () => random);
  return {
    get fatigue() {
      return visit;
    },
    newVisit(afterDays = 0) {
      now += afterDays * DAY;
      visit = openFatigue(local, memoryStorage(), () => now, () => random);
    },
    roll(value: number) {
      random = value;
    },
  };
}
const nps = { key: 'nps', recurDays: null };
const csat = { key: 'csat', recurDays: null };

describe('survey fatigue', () => {
  it('shows at most one survey per visit, answered or not', () => {
    const b = browser();
    expect(b.fatigue.mayShow(nps, 14)).toBe(true);
    b.fatigue.markShown('nps');
    expect(b.fatigue.mayShow(nps, 14)).toBe(false);
    expect(b.fatigue.mayShow(csat, 14)).toBe(false);
    b.newVisit(); // shown but ignored: the next visit may ask again
    expect(b.fatigue.mayShow(nps, 14)).toBe(true);
  });

  it('after an answer or a dismissal shows none for the cooldown, and never the same survey again', () => {
    const b = browser();
    b.fatigue.markShown('nps');
    b.fatigue.markDone('nps');
    b.newVisit(13.9);
    expect(b.fatigue.mayShow(csat, 14)).toBe(false);
    b.newVisit(0.1);
    expect(b.fatigue.mayShow(csat, 14)).toBe(true);
    expect(b.fatigue.mayShow(nps, 14)).toBe(false);
    b.newVisit(3650);
    expect(b.fatigue.mayShow(nps, 14)).toBe(false);
  });

  it('asks a recurring survey again after its recurDays, and honours a cooldown of 0', () => {
    const b = browser();
    const monthly = { key: 'monthly', recurDays: 30 };
    b.fatigue.markDone('monthly');
    b.newVisit(1);
    expect(b.fatigue.mayShow(csat, 0)).toBe(true);
    expect(b.fatigue.mayShow(monthly, 0)).toBe(false);
    b.newVisit(29);
    expect(b.fatigue.mayShow(monthly, 0)).toBe(true);
  });

  it('lets a visit that could not show its survey show one later', () => {
    const b = browser();
    b.fatigue.markShown('nps');
    b.fatigue.unmarkShown();
    expect(b.fatigue.mayShow(csat, 14)).toBe(true);
  });

  it('samples each browser once per survey: the same answer on every page and visit', () => {
    const b = browser();
    b.roll(0.3); // 30
    expect(b.fatigue.sampled('nps', 25)).toBe(false);
    b.roll(0.1); // a later roll is never drawn: the first is kept
    b.newVisit(1);
    expect(b.fatigue.sampled('nps', 25)).toBe(false);
    expect(b.fatigue.sampled('nps', 31)).toBe(true); // the site raised the share: now in
    expect(b.fatigue.sampled('csat', 25)).toBe(true); // its own roll (10)
    expect(b.fatigue.sampled('other', 0)).toBe(false);
    b.roll(0.999);
    expect(b.fatigue.sampled('all', 100)).toBe(true);
  });

  it('shows nothing when storage is blocked: the promises could not be kept', () => {
    expect(openFatigue(blockedStorage, memoryStorage()).mayShow(nps, 14)).toBe(false);
    expect(openFatigue(memoryStorage(), blockedStorage).mayShow(nps, 14)).toBe(false);
  });
});
