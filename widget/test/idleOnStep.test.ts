import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_ON_STEP_MS, watchIdleOnStep } from '../src/triggers/idleOnStep.ts';
import { FakeDocument } from './fakePage.ts';

describe('idle on step (touch)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once the shopper has done nothing for the idle time (90 s by default)', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchIdleOnStep(doc, fire);
    vi.advanceTimersByTime(IDLE_ON_STEP_MS - 1);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_ON_STEP_MS * 3);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('counts from the last touch, key press, input or scroll', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchIdleOnStep(doc, fire, { idleMs: 10_000 });
    vi.advanceTimersByTime(8_000);
    doc.dispatchEvent(new Event('touchstart'));
    vi.advanceTimersByTime(8_000);
    doc.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(9_999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('never fires while the page is hidden', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchIdleOnStep(doc, fire, { idleMs: 10_000 });
    doc.visibilityState = 'hidden';
    vi.advanceTimersByTime(60_000);
    expect(fire).not.toHaveBeenCalled();
    doc.visibilityState = 'visible';
    vi.advanceTimersByTime(10_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('stops its timer and listeners when stopped', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchIdleOnStep(doc, fire, { idleMs: 10_000 })();
    vi.advanceTimersByTime(60_000);
    expect(fire).not.toHaveBeenCalled();
  });
});
