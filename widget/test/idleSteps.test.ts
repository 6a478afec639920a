import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Launch } from '../src/launcher/launch.ts';
import { idleSteps } from '../src/page/idleSteps.ts';
import { startWidget } from '../src/widget.ts';
import { installMemoryStorage } from './memoryStorage.ts';

/** Idle callbacks the test fires one at a time, as the browser would in the page's idle periods. */
function fakeIdle() {
  const pending: (() => void)[] = [];
  return {
    pending,
    idle: (work: () => void) => void pending.push(work),
    fire: () => pending.shift()!(),
  };
}

describe('idle steps', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs nothing until the page is idle, then one step per idle callback, in order', () => {
    const { idle, fire, pending } = fakeIdle();
    const ran: string[] = [];
    idleSteps([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')], idle);
    expect(ran).toEqual([]);
    fire();
    expect(ran).toEqual(['a']);
    fire();
    fire();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(pending).toEqual([]);
  });

  it('reports a step that throws and still runs the next', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { idle, fire } = fakeIdle();
    const ran: string[] = [];
    idleSteps([() => { throw new Error('storage blocked'); }, () => ran.push('b')], idle);
    fire();
    expect(warn).toHaveBeenCalledOnce();
    fire();
    expect(ran).toEqual(['b']);
  });

  it('runs what is left at once when asked, and a later idle callback finds nothing to do', () => {
    const { idle, fire } = fakeIdle();
    const ran: string[] = [];
    const finish = idleSteps([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')], idle);
    fire();
    finish();
    expect(ran).toEqual(['a', 'b', 'c']);
    fire();
    expect(ran).toEqual(['a', 'b', 'c']);
  });
});

describe("the core's start", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The page as the core sees it in Node: storage in memory, a fetch that records, a left-to-right body. */
  function page() {
    const storage = installMemoryStorage();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('{}', { status: 200 });
    });
    vi.stubGlobal('document', { body: {}, readyState: 'complete', querySelector: () => null });
    vi.stubGlobal('getComputedStyle', () => ({ direction: 'ltr' }));
    vi.stubGlobal('addEventListener', () => {});
    vi.stubGlobal('navigator', { doNotTrack: null });
    return { storage, fetched };
  }

  function launch(idle: (work: () => void) => void, queued: unknown[][] = []): Launch {
    const element = { dir: '' } as HTMLElement;
    return {
      config: { site: 'site-key', api: 'https://collector.test', scriptBase: 'https://collector.test/' },
      host: { element, root: {} as ShadowRoot, addStyles: () => {} },
      tab: { setAttribute: () => {} } as unknown as HTMLButtonElement,
      lang: 'en',
      widgetLang: 'en',
      queued,
      appear: () => {},
      whenIdle: idle,
    };
  }

  it('touches neither storage nor the network until the page is idle, and spreads its work over several idle callbacks', () => {
    const { storage, fetched } = page();
    const { idle, fire, pending } = fakeIdle();
    startWidget(launch(idle));
    expect(storage.size).toBe(0);
    expect(fetched).toEqual([]);
    fire(); // the visit id
    expect(storage.get('touchpoint:visit')).toBeDefined();
    expect(fetched).toEqual([]);
    fire(); // the outbox and the site config
    expect(fetched).toEqual(['https://collector.test/v1/sites/site-key/config']);
    expect(storage.has('touchpoint:first-seen')).toBe(false);
    fire(); // the visitor, surveys, journeys, the page's calls
    expect(storage.has('touchpoint:first-seen')).toBe(true);
    expect(pending).toEqual([]);
  });

  it("does the rest of its start at once when the page calls it, and answers the call", () => {
    const { storage } = page();
    const { idle, pending } = fakeIdle();
    const queued: unknown[][] = [];
    const widget = startWidget(launch(idle, queued));
    widget.command(['identify', { plan: 'pro' }]);
    expect(storage.has('touchpoint:first-seen')).toBe(true);
    expect(storage.get('touchpoint:attributes')).toContain('pro');
    expect(queued).toEqual([]);
    expect(pending).toHaveLength(1); // the first idle callback, which will find nothing left
  });

  it('starts in one go when tp.js hands it a scheduler that does not wait (a page that called open before its load)', () => {
    const { storage, fetched } = page();
    startWidget(launch((work) => work(), [['identify', { plan: 'pro' }]]));
    expect(fetched).toHaveLength(1);
    expect(storage.get('touchpoint:attributes')).toContain('pro');
  });
});
