import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseInput, SurveyAnswerInput } from '../../shared/schemas/response.ts';
import type { PublicSurveys, Survey, SurveyInput } from '../../shared/schemas/survey.ts';
import english from '../src/i18n/strings/en.ts';
import { startSurveys } from '../src/surveys/runSurveys.ts';
import { noteVisitor } from '../src/visitor/noteVisitor.ts';
import type { SurveyCall, SurveyContext } from '../src/surveys/surveyContext.ts';
import type { SurveyDialogContext } from '../src/surveys/dialog/surveyDialogContext.ts';
import { FakeDocument, FakeWindow } from './fakePage.ts';
import { memoryStorage } from './memoryStorage.ts';

const DAY = 24 * 3600 * 1000;
const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

/** A survey as the public config carries it: zod's defaults filled in. */
function survey(input: Partial<SurveyInput> & Pick<SurveyInput, 'key' | 'trigger'>): Survey {
  return {
    name: input.key,
    status: 'live',
    questions: [{ id: 'nps', type: 'nps' }, { id: 'why', type: 'open_text', text: 'Why?' }],
    recurDays: null,
    strings: {},
    ...input,
    targeting: { pages: [], excludePages: [], devices: [], visitor: 'any', languages: [], attributes: {}, samplePercent: 100, ...input.targeting },
  } as Survey;
}

const local = new Map<string, string>();
let session = new Map<string, string>();
let sent: ResponseInput[];
let now: number;

/**
 * Opens `path` as a page of the current visit (a fresh document, window and page
 * clock; the same storage) with the surveys chunk started on it, after tp.js noted the visitor.
 */
function openPage(path: string, surveys: Survey[], { cooldownDays = 14, widgetLang = 'en' as const, lang = 'en', privacy = false, earlier = [] as SurveyCall[] } = {}) {
  const doc = Object.assign(new FakeDocument(), { documentElement: { scrollHeight: 3000 } });
  const loc = { pathname: path };
  const win = Object.assign(new FakeWindow(), {
    innerHeight: 800,
    location: loc,
    matchMedia: (query: string) => ({ matches: query === '(any-pointer: fine)' }),
    history: {
      pushState: (_s: unknown, _t: string, url: string) => (loc.pathname = url),
      replaceState: (_s: unknown, _t: string, url: string) => (loc.pathname = url),
    } as unknown as History,
  });
  const pageStart = now;
  vi.setSystemTime(now);
  vi.stubGlobal('document', doc);
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', loc);
  vi.stubGlobal('navigator', { userAgent: DESKTOP_UA, maxTouchPoints: 0, doNotTrack: privacy ? '1' : null });
  vi.stubGlobal('performance', { now: () => now - pageStart });
  vi.stubGlobal('localStorage', memoryStorage(local));
  vi.stubGlobal('sessionStorage', memoryStorage(session));
  noteVisitor(); // tp.js, before any chunk
  const dialogs: SurveyDialogContext[] = [];
  let open = false;
  const ctx: SurveyContext = {
    api: 'https://collector.example',
    site: 'site_x',
    visitId: 'visit_0001',
    lang,
    widgetLang,
    root: { querySelector: () => (open ? {} : null) } as unknown as ShadowRoot,
    addStyles: () => {},
    send: async (payload) => {
      sent.push(payload);
      return { ok: true };
    },
    newId: () => `id_${String(sent.length + 1).padStart(6, '0')}`,
    surveys: { cooldownDays, surveys } satisfies PublicSurveys,
    loadDialog: async () => ({
      openSurvey: (dialog: SurveyDialogContext) => {
        open = true;
        dialogs.push(dialog);
        return { close: () => ((open = false), dialog.onClosed()) };
      },
    }),
    loadWords: async () => english,
  };
  const runtime = startSurveys(ctx, earlier);
  return {
    runtime,
    dialogs,
    win,
    /** Lets `ms` pass on the page: timers run, lazy loads settle. */
    wait: async (ms = 0) => {
      now += ms;
      await vi.advanceTimersByTimeAsync(ms);
    },
    /** The shopper closes the survey with × or Esc, before the end. */
    dismiss: () => {
      open = false;
      dialogs.at(-1)!.onDismiss();
    },
  };
}
const newVisit = (afterDays = 0) => {
  session = new Map();
  now += afterDays * DAY;
};
const events = () => sent.map((p) => (p.type === 'survey_event' ? `${p.event} ${p.survey}` : p.type === 'survey_answer' ? `answer ${p.survey}/${p.question}` : p.type));

describe('surveys on the page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    local.clear();
    session = new Map();
    sent = [];
    now = Date.UTC(2025, 0, 1);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const onOrder = survey({ key: 'post_purchase', trigger: { type: 'event', event: 'order_completed' } });

  it("shows a survey on `touchpoint('track', …)`, sends each answer as it comes, and never shows it again after a reload", async () => {
    const page = openPage('/checkout/thank-you', [onOrder]);
    page.runtime.command('track', ['page_viewed']);
    await page.wait();
    expect(page.dialogs).toHaveLength(0);
    page.runtime.command('track', ['order_completed', { value: 42 }]);
    await page.wait();
    expect(page.dialogs).toHaveLength(1);
    const dialog = page.dialogs[0]!;
    expect(dialog.questions.map((q) => q.id)).toEqual(['nps', 'why']);
    dialog.answer(dialog.questions[0]!, 9);
    expect(sent.at(-1)).toEqual({
      type: 'survey_answer', id: 'id_000002', site: 'site_x', visitId: 'visit_0001', survey: 'post_purchase',
      question: 'nps', value: 9, path: '/checkout/thank-you', lang: 'en', returning: false, attributes: undefined,
    } satisfies SurveyAnswerInput);
    page.dismiss(); // closed after the first answer: it still counts
    expect(events()).toEqual(['shown post_purchase', 'answer post_purchase/nps', 'dismissed post_purchase']);

    const reload = openPage('/checkout/thank-you', [onOrder]);
    reload.runtime.command('track', ['order_completed']);
    await reload.wait();
    newVisit(400);
    const later = openPage('/checkout/thank-you', [onOrder]);
    later.runtime.command('track', ['order_completed']);
    await later.wait();
    expect(reload.dialogs.length + later.dialogs.length).toBe(0);
  });

  it('waits out the cooldown after any survey before showing another, one per visit', async () => {
    const other = survey({ key: 'browse', trigger: { type: 'pageview' } });
    const first = openPage('/', [onOrder, other]);
    await first.wait();
    expect(first.dialogs).toHaveLength(1); // `browse`, on the page view
    first.runtime.command('track', ['order_completed']);
    await first.wait();
    expect(first.dialogs).toHaveLength(1); // one per visit
    first.dialogs[0]!.answer(first.dialogs[0]!.questions[0]!, 3);
    first.dialogs[0]!.onComplete();

    newVisit(13);
    const tooSoon = openPage('/', [onOrder]);
    tooSoon.runtime.command('track', ['order_completed']);
    await tooSoon.wait();
    expect(tooSoon.dialogs).toHaveLength(0);
    newVisit(1);
    const page = openPage('/', [onOrder]);
    page.runtime.command('track', ['order_completed']);
    await page.wait();
    expect(page.dialogs).toHaveLength(1);
    expect(events()).toEqual(['shown browse', 'answer browse/nps', 'completed browse', 'shown post_purchase']);
  });

  it('counts a route change of a single-page app as a page view: pages rules, time on page', async () => {
    const onProduct = survey({ key: 'product', trigger: { type: 'pageview' }, targeting: { pages: [{ type: 'prefix', value: '/product/' }] } as never });
    const page = openPage('/', [onProduct]);
    await page.wait();
    expect(page.dialogs).toHaveLength(0);
    page.win.history.pushState({}, '', '/product/trail-jacket');
    await page.wait();
    expect(page.dialogs).toHaveLength(1);

    newVisit(30);
    const dwell = survey({ key: 'dwell', trigger: { type: 'time_on_page', seconds: 20 } });
    const spa = openPage('/', [dwell]);
    await spa.wait(15_000);
    spa.win.history.pushState({}, '', '/about'); // a new page view: its clock starts over
    await spa.wait(15_000);
    expect(spa.dialogs).toHaveLength(0);
    await spa.wait(5_000);
    expect(spa.dialogs).toHaveLength(1);
  });

  it('shows on scroll depth, exit intent and a completed journey', async () => {
    const deep = openPage('/blog/post', [survey({ key: 'deep', trigger: { type: 'scroll_depth', percent: 50 } })]);
    deep.win.scrollTo(600); // (600 + 800) / 3000 = 47%
    await deep.wait();
    expect(deep.dialogs).toHaveLength(0);
    deep.win.scrollTo(800);
    await deep.wait();
    expect(deep.dialogs).toHaveLength(1);

    newVisit(30);
    const leaving = openPage('/', [survey({ key: 'exit', trigger: { type: 'exit_intent' } })]);
    document.dispatchEvent(Object.assign(new Event('mouseout'), { clientY: -5, relatedTarget: null }));
    await leaving.wait();
    expect(leaving.dialogs).toHaveLength(1);

    newVisit(30);
    const done = openPage('/checkout/thank-you', [survey({ key: 'checkout', trigger: { type: 'journey_complete', journey: 'checkout' } })]);
    done.runtime.journeyCompleted('signup');
    await done.wait();
    expect(done.dialogs).toHaveLength(0);
    done.runtime.journeyCompleted('checkout');
    await done.wait();
    expect(done.dialogs).toHaveLength(1);
  });

  it('targets attributes from identify, including calls made before the chunk arrived, and sends them with answers', async () => {
    const gold = survey({ key: 'gold', trigger: { type: 'pageview' }, targeting: { attributes: { plan: 'gold' } } as never });
    const page = openPage('/', [gold], { earlier: [(r) => r.command('identify', [{ plan: 'gold', orders: 3, profile: { nested: true } }])] });
    await page.wait();
    expect(page.dialogs).toHaveLength(1);
    page.dialogs[0]!.answer(page.dialogs[0]!.questions[0]!, 10);
    expect((sent.at(-1) as SurveyAnswerInput).attributes).toEqual({ plan: 'gold', orders: '3' });
  });

  it('with Do Not Track or Global Privacy Control stores and sends nothing that tells the visitor apart, and still asks', async () => {
    const page = openPage('/', [onOrder, survey({ key: 'returning', trigger: { type: 'pageview' }, targeting: { visitor: 'returning' } as never })], { privacy: true });
    page.runtime.command('identify', [{ plan: 'gold' }]);
    page.runtime.command('track', ['order_completed']);
    await page.wait();
    expect(page.dialogs.map(() => 'shown')).toEqual(['shown']);
    page.dialogs[0]!.answer(page.dialogs[0]!.questions[0]!, 4);
    const answer = sent.at(-1) as SurveyAnswerInput;
    expect(answer).not.toHaveProperty('returning', expect.anything());
    expect(answer.attributes).toBeUndefined();
    expect([...local.keys()].filter((k) => k !== 'touchpoint:surveys')).toEqual([]); // no first-seen marker
    expect([...session.keys()]).not.toContain('touchpoint:attributes');
  });

  it('tells returning visitors apart from new ones', async () => {
    const forReturning = survey({ key: 'welcome_back', trigger: { type: 'pageview' }, targeting: { visitor: 'returning' } as never });
    const first = openPage('/', [forReturning]);
    await first.wait();
    expect(first.dialogs).toHaveLength(0);
    newVisit(2);
    const second = openPage('/', [forReturning]);
    await second.wait();
    expect(second.dialogs).toHaveLength(1);
  });

  it('asks only its sample: 0% never', async () => {
    const page = openPage('/', [survey({ key: 'none', trigger: { type: 'pageview' }, targeting: { samplePercent: 0 } as never })]);
    await page.wait();
    expect(page.dialogs).toHaveLength(0);
  });

  it("shows the survey's own words for the page's language over the bundled ones", async () => {
    const translated = survey({
      key: 'translated',
      trigger: { type: 'pageview' },
      strings: { en: { next: 'Continue' }, ar: { next: 'التالي', 'nps.text': 'ما مدى احتمال أن توصي بنا؟' } },
    });
    const page = openPage('/', [translated], { lang: 'ar-EG' });
    await page.wait();
    const words = page.dialogs[0]!.strings;
    expect([words.next, words['nps.text'], words.send]).toEqual(['التالي', 'ما مدى احتمال أن توصي بنا؟', 'Send']);
  });

  it('after `remove` watches nothing and gives the History API back', async () => {
    const page = openPage('/', [survey({ key: 'later', trigger: { type: 'time_on_page', seconds: 5 } })]);
    const pushState = page.win.history.pushState;
    page.runtime.stop();
    await page.wait(10_000);
    expect(page.dialogs).toHaveLength(0);
    expect(page.win.history.pushState).not.toBe(pushState);
  });
});
