import { describe, expect, it, vi } from 'vitest';
import { triggerMatches } from '../src/surveys/triggerMatches.ts';
import { watchRouteChange } from '../src/triggers/routeChange.ts';
import { watchScrollDepth } from '../src/triggers/scrollDepth.ts';

describe('survey trigger rules', () => {
  it('match their own kind of signal only', () => {
    expect(triggerMatches({ type: 'pageview' }, { type: 'pageview' })).toBe(true);
    expect(triggerMatches({ type: 'pageview' }, { type: 'exit_intent' })).toBe(false);
    expect(triggerMatches({ type: 'exit_intent' }, { type: 'exit_intent' })).toBe(true);
  });

  it('match the named event or journey', () => {
    expect(triggerMatches({ type: 'event', event: 'order_completed' }, { type: 'event', event: 'order_completed' })).toBe(true);
    expect(triggerMatches({ type: 'event', event: 'order_completed' }, { type: 'event', event: 'order_cancelled' })).toBe(false);
    expect(triggerMatches({ type: 'journey_complete', journey: 'checkout' }, { type: 'journey_complete', journey: 'checkout' })).toBe(true);
    expect(triggerMatches({ type: 'journey_complete', journey: 'checkout' }, { type: 'journey_complete', journey: 'signup' })).toBe(false);
  });

  it('match time on page and scroll depth once their threshold is reached', () => {
    expect(triggerMatches({ type: 'time_on_page', seconds: 30 }, { type: 'time_on_page', seconds: 29 })).toBe(false);
    expect(triggerMatches({ type: 'time_on_page', seconds: 30 }, { type: 'time_on_page', seconds: 30 })).toBe(true);
    expect(triggerMatches({ type: 'scroll_depth', percent: 50 }, { type: 'scroll_depth', percent: 75 })).toBe(true);
    expect(triggerMatches({ type: 'scroll_depth', percent: 80 }, { type: 'scroll_depth', percent: 75 })).toBe(false);
  });
});

/** A window whose History API moves a fake location, as a single-page app's router does. */
function spaWindow(path = '/') {
  const win = Object.assign(new EventTarget(), { location: { pathname: path }, history: {} as History });
  const go = (url: string) => (win.location.pathname = new URL(url, 'https://shop.example').pathname);
  win.history = { pushState: vi.fn((_s: unknown, _t: string, url: string) => go(url)), replaceState: vi.fn((_s: unknown, _t: string, url: string) => go(url)) } as unknown as History;
  return { win, go };
}

describe('single-page app route changes', () => {
  it('count pushState, replaceState and back/forward to another path as page views', () => {
    const { win, go } = spaWindow('/');
    const views = vi.fn();
    watchRouteChange(win, views);
    win.history.pushState({}, '', '/product/trail-jacket');
    win.history.replaceState({}, '', '/product/summit-pack');
    go('/');
    win.dispatchEvent(new Event('popstate'));
    expect(views).toHaveBeenCalledTimes(3);
  });

  it('ignore changes of query string or fragment alone, and pass the page its own call', () => {
    const { win } = spaWindow('/search');
    const original = win.history.pushState;
    const views = vi.fn();
    watchRouteChange(win, views);
    win.history.pushState({ q: 1 }, '', '/search?q=boots');
    win.history.replaceState(null, '', '/search#results');
    expect(views).not.toHaveBeenCalled();
    expect(original).toHaveBeenCalledWith({ q: 1 }, '', '/search?q=boots');
  });

  it('never throw into the page, and put the History API back when stopped', () => {
    const { win } = spaWindow('/');
    const original = win.history.pushState;
    const stop = watchRouteChange(win, () => {
      throw new Error('survey bug');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => win.history.pushState({}, '', '/a')).not.toThrow();
    stop();
    expect(win.history.pushState).toBe(original);
  });
});

describe('scroll depth', () => {
  it('fires each threshold once, when the bottom of the window first reaches it', () => {
    const win = Object.assign(new EventTarget(), { scrollY: 0, innerHeight: 500 });
    const doc = { documentElement: { scrollHeight: 2000 } };
    const fire = vi.fn();
    watchScrollDepth(win, doc, [50, 100], fire);
    const scrollTo = (y: number) => {
      win.scrollY = y;
      win.dispatchEvent(new Event('scroll'));
    };
    scrollTo(400); // 45%
    expect(fire).not.toHaveBeenCalled();
    scrollTo(500); // 50%
    scrollTo(0);
    scrollTo(600);
    expect(fire.mock.calls).toEqual([[50]]);
    scrollTo(1499.5); // the bottom, give or take a fraction of a pixel
    expect(fire.mock.calls).toEqual([[50], [100]]);
  });
});
