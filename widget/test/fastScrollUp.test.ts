import { describe, expect, it, vi } from 'vitest';
import { watchFastScrollUp } from '../src/triggers/fastScrollUp.ts';
import { FakeWindow } from './fakePage.ts';

function setup() {
  const win = new FakeWindow();
  const fire = vi.fn();
  let now = 0;
  watchFastScrollUp(win, fire, { now: () => now, distancePx: 250, withinMs: 300 });
  /** Scrolls to `y` after `ms`. */
  const scroll = (ms: number, y: number) => {
    now += ms;
    win.scrollTo(y);
  };
  return { fire, scroll };
}

describe('fast scroll up (touch)', () => {
  it('fires on a quick flick upwards, towards the address bar', () => {
    const { fire, scroll } = setup();
    scroll(0, 1200);
    scroll(80, 1050);
    scroll(80, 900);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('ignores reading: scrolling down, or up slowly', () => {
    const { fire, scroll } = setup();
    for (let y = 0; y <= 2000; y += 100) scroll(50, y);
    for (let y = 2000; y >= 1000; y -= 50) scroll(100, y); // 0.5 px/ms
    expect(fire).not.toHaveBeenCalled();
  });

  it('measures from the highest point, so down-then-up within the window counts only the upward part', () => {
    const { fire, scroll } = setup();
    scroll(0, 1000);
    scroll(50, 1200);
    scroll(50, 1000); // up 200 from 1200: not yet
    expect(fire).not.toHaveBeenCalled();
    scroll(50, 940); // up 260 from 1200
    expect(fire).toHaveBeenCalledTimes(1);
  });
});
