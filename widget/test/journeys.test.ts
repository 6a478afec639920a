import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../shared/schemas/journey.ts';
import type { AbandonReasonInput, ResponseInput } from '../../shared/schemas/response.ts';
import { DEFAULT_ABANDON_REASONS } from '../../shared/schemas/journey.ts';
import { startJourneys } from '../src/journeys/trackJourneys.ts';
import type { JourneyContext } from '../src/journeys/journeyContext.ts';
import type { AbandonContext } from '../src/journeys/abandon/abandonContext.ts';
import english from '../src/i18n/abandonStrings/en.ts';
import { click, eventFrom, FakeDocument, FakeElement, FakeWindow } from './fakePage.ts';
import { installMemoryStorage, memoryStorage } from './memoryStorage.ts';
import { noteVisitor } from '../src/visitor/noteVisitor.ts';

const ORIGIN = 'https://shop.example';
const checkout: Journey = {
  key: 'checkout',
  name: 'Checkout',
  steps: [
    { key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] },
    { key: 'shipping', name: 'Shipping', match: [{ type: 'exact', value: '/checkout/shipping' }] },
    { key: 'payment', name: 'Payment', match: [{ type: 'exact', value: '/checkout/payment' }] },
  ],
  completeMatch: [{ type: 'exact', value: '/checkout/done' }],
  reasons: [
    { code: 'unexpected_costs', label: 'Unexpected costs', category: 'pricing' },
    { code: 'payment_failed', label: 'Payment failed or timed out', category: 'payment' },
  ],
};

let sent: ResponseInput[];
let ids: number;
/** Journeys the tracker told the surveys about. */
let completedJourneys: string[];

/**
 * Opens `path` as the next page of the visit: fresh document, window and clock,
 * the same sessionStorage; tp.js has noted the visitor (and `identify`, if given).
 */
function openPage(
  path: string,
  { touch = false, markup = [] as FakeElement[], focused = null as FakeElement | null, privacy = false, identify = undefined as unknown, referrer = '' } = {},
) {
  const doc = new FakeDocument();
  doc.referrer = referrer;
  doc.markup = markup;
  doc.activeElement = focused;
  const win = Object.assign(new FakeWindow(), {
    matchMedia: (query: string) => ({ matches: touch ? query === '(pointer: coarse)' : query === '(any-pointer: fine)' }),
    navigator: { maxTouchPoints: touch ? 5 : 0 },
  });
  const loc = { href: ORIGIN + path, origin: ORIGIN, pathname: path, assign: vi.fn() };
  const beacon = vi.fn((_url: string, _body: Blob) => true);
  const pageStart = Date.now();
  vi.stubGlobal('document', doc);
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', loc);
  vi.stubGlobal('navigator', { sendBeacon: beacon, doNotTrack: privacy ? '1' : null });
  const keepAttributes = noteVisitor();
  if (identify) keepAttributes(identify);
  vi.stubGlobal('performance', { now: () => Date.now() - pageStart });
  const dialogs: AbandonContext[] = [];
  const ctx: JourneyContext = {
    api: 'https://collector.example',
    site: 'site_x',
    visitId: 'visit_0001',
    lang: 'en',
    journeys: [checkout],
    widgetLang: 'en',
    root: { querySelector: () => null } as unknown as ShadowRoot,
    addStyles: () => {},
    loadWords: async () => english,
    completed: (journey) => completedJourneys.push(journey),
    send: async (payload) => {
      sent.push(payload);
      return { ok: true };
    },
    newId: () => `id_${String(++ids).padStart(6, '0')}`,
    loadAbandon: async () => ({
      openAbandon: (dialog: AbandonContext) => {
        dialogs.push(dialog);
        return { close: () => dialog.onClosed() };
      },
    }),
  };
  const tracker = startJourneys(ctx);
  return {
    doc,
    win,
    loc,
    beacon,
    dialogs,
    tracker,
    /** Lets `ms` pass on the page, running timers and the dialog's lazy load. */
    wait: (ms: number) => vi.advanceTimersByTimeAsync(ms),
    leave: () => win.dispatchEvent(new Event('pagehide')),
    exitIntent: () => doc.dispatchEvent(Object.assign(new Event('mouseout'), { clientY: -5, relatedTarget: null })),
    /** A field inside a `<form data-touchpoint-journey data-touchpoint-step>`. */
    typeInto: (field: FakeElement) => doc.dispatchEvent(eventFrom('input', field)),
  };
}

function journeyForm(journey: string, step: string) {
  const form = new FakeElement('FORM');
  form.dataset = { touchpointJourney: journey, touchpointStep: step };
  form.action = `${ORIGIN}/checkout/next`;
  const field = () => {
    const input = Object.assign(new FakeElement('INPUT', form), { form });
    form.fields.push(input);
    return input;
  };
  return { form, field };
}

const events = () => sent.map((p) => (p.type === 'journey_event' ? `${p.event} ${p.journey}${p.step ? '/' + p.step : ''}` : p.type));

describe('journeys on the page', () => {
  beforeEach(() => {
    installMemoryStorage();
    vi.useFakeTimers();
    sent = [];
    ids = 0;
    completedJourneys = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  describe('step events', () => {
    it('sends `reached` once per step per visit from URL rules, and `completed` on the completion page', () => {
      openPage('/cart');
      openPage('/cart'); // reload
      openPage('/checkout/shipping');
      openPage('/checkout/done');
      openPage('/checkout/done');
      expect(events()).toEqual(['reached checkout/cart', 'reached checkout/shipping', 'completed checkout']);
      expect(completedJourneys).toEqual(['checkout']); // once: a survey may be waiting for it
      expect(sent[0]).toEqual({
        type: 'journey_event', id: 'id_000001', site: 'site_x', visitId: 'visit_0001', journey: 'checkout', step: 'cart', event: 'reached', path: '/cart',
        lang: 'en', returning: false,
      });
    });

    it('counts a step left before the widget got to it when the next step of its journey says it came from there', () => {
      // The cart page was left before the core loaded (it waits for `load`).
      openPage('/checkout/shipping', { referrer: `${ORIGIN}/cart?coupon=x` });
      openPage('/checkout/payment', { referrer: `${ORIGIN}/checkout/shipping` }); // already counted
      expect(events()).toEqual(['reached checkout/cart', 'reached checkout/shipping', 'reached checkout/payment']);
      expect(sent[0]).toMatchObject({ step: 'cart', path: '/cart' });
      expect(sent[1]).toMatchObject({ step: 'shipping', path: '/checkout/shipping' });
    });

    it('takes nothing from a referrer on another site, or from a step page when this page is not in its journey', () => {
      openPage('/checkout/shipping', { referrer: 'https://other.example/cart' });
      openPage('/about', { referrer: `${ORIGIN}/checkout/payment` });
      openPage('/checkout/payment', { referrer: '' });
      expect(events()).toEqual(['reached checkout/shipping', 'reached checkout/payment']);
    });

    it("takes steps and completion from the page's script, ignoring malformed calls", () => {
      const page = openPage('/newsletter');
      page.tracker.step({ journey: 'newsletter', step: 'email' });
      page.tracker.step({ journey: 'Newsletter!', step: 'email' });
      page.tracker.step('newsletter');
      page.tracker.step(null);
      page.tracker.complete({ journey: 'newsletter' });
      page.tracker.complete(undefined);
      expect(events()).toEqual(['reached newsletter/email', 'completed newsletter']);
    });

    it('starts a markup step when the shopper interacts with its form, and counts fields typed into, each once', () => {
      const page = openPage('/checkout/details');
      const { field } = journeyForm('checkout', 'details');
      const name = field();
      const street = field();
      page.doc.dispatchEvent(eventFrom('focusin', name));
      expect(events()).toEqual(['reached checkout/details']);
      page.typeInto(name);
      page.typeInto(name);
      page.typeInto(street);
      page.leave();
      const [, body] = page.beacon.mock.calls[0]!;
      return body.text().then((text) => expect(JSON.parse(text)).toMatchObject({ step: 'details', fieldsTouched: 2 }));
    });

    it('catches up on a journey form filled in or focused before the journeys chunk arrived', () => {
      const filled = journeyForm('checkout', 'details');
      const name = filled.field();
      filled.field(); // left empty
      name.value = 'Ada';
      const page = openPage('/checkout/details', { markup: [filled.form] });
      expect(events()).toEqual(['reached checkout/details']);
      page.typeInto(name); // the same field again: still one
      page.leave();
      expect(page.beacon).toHaveBeenCalledTimes(1);
      return page.beacon.mock.calls[0]![1].text().then((text) => {
        expect(JSON.parse(text)).toMatchObject({ step: 'details', fieldsTouched: 1 });
        const focused = journeyForm('signup', 'account');
        openPage('/signup', { markup: [focused.form], focused: focused.field() });
        expect(events()).toEqual(['reached checkout/details', 'reached signup/account']);
      });
    });

    it('does not start a markup step the shopper has not touched yet', () => {
      openPage('/checkout/details', { markup: [journeyForm('checkout', 'details').form] });
      expect(events()).toEqual([]);
    });
  });

  describe('who the shopper is', () => {
    const local = new Map<string, string>();
    let session: Map<string, string>;
    const newVisit = () => {
      session = new Map();
      vi.stubGlobal('sessionStorage', memoryStorage(session));
    };
    beforeEach(() => {
      local.clear();
      vi.stubGlobal('localStorage', memoryStorage(local));
      newVisit();
    });

    it("sends the page's language, new or returning and the visit's identify attributes with every event and answer", async () => {
      openPage('/cart', { identify: { plan: 'gold', orders: 3, profile: { email: 'ada@example.com' } } });
      expect(sent.at(-1)).toMatchObject({ event: 'reached', lang: 'en', returning: false, attributes: { plan: 'gold', orders: '3' } });

      const payment = openPage('/checkout/payment'); // a later page of the visit: no identify call there
      expect(sent.at(-1)).toMatchObject({ event: 'reached', step: 'payment', returning: false, attributes: { plan: 'gold', orders: '3' } });
      await payment.wait(5_000);
      payment.exitIntent();
      await payment.wait(0);
      await payment.dialogs[0]!.submit({ reason: 'unexpected_costs' });
      expect(sent.at(-1)).toMatchObject({ type: 'abandon_reason', lang: 'en', returning: false, attributes: { plan: 'gold', orders: '3' } });

      newVisit();
      const back = openPage('/checkout/payment', { identify: { plan: 'plus' } });
      back.leave();
      const beacon = JSON.parse(await back.beacon.mock.calls[0]![1].text());
      expect(beacon).toMatchObject({ event: 'abandoned', lang: 'en', returning: true, attributes: { plan: 'plus' } });
    });

    it('under Do Not Track or Global Privacy Control sends and stores nothing that tells the visitor apart', async () => {
      const page = openPage('/checkout/payment', { privacy: true, identify: { plan: 'gold' } });
      await page.wait(5_000);
      page.exitIntent();
      await page.wait(0);
      await page.dialogs[0]!.submit({ reason: 'unexpected_costs' });
      const other = openPage('/cart', { privacy: true });
      other.leave();
      const payloads = [...sent, JSON.parse(await other.beacon.mock.calls[0]![1].text())];
      expect(payloads.map((p) => p.type)).toEqual(['journey_event', 'abandon_reason', 'journey_event', 'journey_event']);
      for (const payload of payloads) expect(Object.keys(payload)).not.toEqual(expect.arrayContaining(['returning']));
      for (const payload of payloads) expect(Object.keys(payload)).not.toEqual(expect.arrayContaining(['attributes']));
      expect([...local.keys()]).toEqual([]);
      expect([...session.keys()]).toEqual(['touchpoint:journeys']);
    });
  });

  describe('silent drop-off', () => {
    it('sends `abandoned` with sendBeacon on pagehide mid-journey: journey, step, time on step, fields touched', async () => {
      const page = openPage('/checkout/payment');
      const { field } = journeyForm('checkout', 'payment');
      page.typeInto(field());
      await page.wait(42_000);
      page.leave();
      expect(page.beacon).toHaveBeenCalledTimes(1);
      const [url, body] = page.beacon.mock.calls[0]!;
      expect(url).toBe('https://collector.example/v1/responses');
      expect(body.type).toBe('text/plain');
      expect(JSON.parse(await body.text())).toEqual({
        type: 'journey_event',
        id: 'id_000002',
        site: 'site_x',
        visitId: 'visit_0001',
        journey: 'checkout',
        step: 'payment',
        event: 'abandoned',
        path: '/checkout/payment',
        lang: 'en',
        returning: false,
        msOnStep: 42_000,
        fieldsTouched: 1,
      });
    });

    it('sends it once for a step, however many pages are left after it', () => {
      openPage('/checkout/shipping').leave();
      const later = openPage('/product/jacket');
      later.leave();
      expect(later.beacon).not.toHaveBeenCalled();
    });

    it('does not send it when the page is left onward: form submitted or a link into the journey', () => {
      const submitted = openPage('/checkout/shipping');
      const { form, field } = journeyForm('checkout', 'shipping');
      submitted.typeInto(field());
      submitted.doc.dispatchEvent(eventFrom('submit', form));
      submitted.leave();
      expect(submitted.beacon).not.toHaveBeenCalled();

      const linked = openPage('/checkout/payment');
      linked.doc.dispatchEvent(click(Object.assign(new FakeElement('A'), { href: `${ORIGIN}/checkout/done` })));
      linked.leave();
      expect(linked.beacon).not.toHaveBeenCalled();
    });

    it('does not send it after the journey completed, nor outside any journey', () => {
      openPage('/checkout/shipping');
      openPage('/checkout/done').leave();
      installMemoryStorage();
      const outside = openPage('/about');
      outside.leave();
      expect(outside.beacon).not.toHaveBeenCalled();
    });
  });

  describe('asking "What stopped you?"', () => {
    it('asks on exit intent, not in the first 4 seconds of a page, with the journey\'s reasons', async () => {
      const page = openPage('/checkout/payment');
      await page.wait(3_000);
      page.exitIntent();
      await page.wait(0);
      expect(page.dialogs).toHaveLength(0);
      await page.wait(1_000);
      page.exitIntent();
      await page.wait(0);
      expect(page.dialogs).toHaveLength(1);
      expect(page.dialogs[0]!.reasons).toEqual(checkout.reasons!.map(({ code, label }) => ({ code, label })));
      await page.dialogs[0]!.submit({ reason: 'payment_failed', comment: 'Card declined twice' });
      const answer = sent.at(-1) as AbandonReasonInput;
      expect(answer).toEqual({
        type: 'abandon_reason',
        id: 'id_000002',
        site: 'site_x',
        visitId: 'visit_0001',
        journey: 'checkout',
        step: 'payment',
        reason: 'payment_failed',
        comment: 'Card declined twice',
        trigger: 'exit_intent',
        path: '/checkout/payment',
        lang: 'en',
        returning: false,
      });
      page.leave();
      expect(page.beacon).not.toHaveBeenCalled(); // the answer recorded the drop-off
    });

    it('asks at most once per journey per visit', async () => {
      const page = openPage('/checkout/payment');
      await page.wait(5_000);
      page.exitIntent();
      page.exitIntent();
      await page.wait(0);
      const next = openPage('/checkout/payment');
      await next.wait(5_000);
      next.exitIntent();
      await next.wait(0);
      expect(page.dialogs.length + next.dialogs.length).toBe(1);
    });

    it('remembers "No thanks" for the visit, for every journey', async () => {
      const page = openPage('/checkout/payment');
      await page.wait(5_000);
      page.exitIntent();
      await page.wait(0);
      page.dialogs[0]!.onDecline();
      page.tracker.step({ journey: 'newsletter', step: 'email' });
      page.exitIntent();
      await page.wait(0);
      expect(page.dialogs).toHaveLength(1);
      page.leave();
      expect(page.beacon).toHaveBeenCalledTimes(1); // no answer: the drop-off is still counted
    });

    it('never asks once the journey completed, nor on pages outside the journey', async () => {
      const done = openPage('/checkout/done');
      await done.wait(5_000);
      done.exitIntent();
      installMemoryStorage();
      openPage('/checkout/payment'); // mid-journey, then off to read the blog
      const outside = openPage('/blog/how-to-pack');
      await outside.wait(5_000);
      outside.exitIntent();
      await outside.wait(0);
      expect([...done.dialogs, ...outside.dialogs]).toHaveLength(0);
    });

    it('offers the default reasons for a journey declared only by markup or script', async () => {
      const page = openPage('/signup');
      page.tracker.step({ journey: 'signup', step: 'account' });
      await page.wait(5_000);
      page.exitIntent();
      await page.wait(0);
      expect(page.dialogs[0]!.reasons).toEqual(DEFAULT_ABANDON_REASONS.map(({ code, label }) => ({ code, label })));
    });
  });

  describe('form abandonment', () => {
    it('holds a link that leaves the journey after the shopper typed, asks, then follows it', async () => {
      const page = openPage('/checkout/shipping');
      const { field } = journeyForm('checkout', 'shipping');
      page.typeInto(field());
      await page.wait(5_000);
      const away = click(Object.assign(new FakeElement('A'), { href: `${ORIGIN}/` }));
      page.doc.dispatchEvent(away);
      expect(away.defaultPrevented).toBe(true);
      await page.wait(0);
      expect(page.dialogs).toHaveLength(1);
      await page.dialogs[0]!.submit({ reason: 'unexpected_costs' });
      expect(sent.at(-1)).toMatchObject({ type: 'abandon_reason', trigger: 'form_abandon', step: 'shipping', reason: 'unexpected_costs' });
      expect(page.loc.assign).not.toHaveBeenCalled();
      await page.wait(1_200); // time to read "Thank you!"
      expect(page.loc.assign).toHaveBeenCalledWith(`${ORIGIN}/`);
    });

    it('lets links through untouched before anything was typed, and links into the journey always', async () => {
      const page = openPage('/checkout/shipping');
      await page.wait(5_000);
      const before = click(Object.assign(new FakeElement('A'), { href: `${ORIGIN}/` }));
      page.doc.dispatchEvent(before);
      page.typeInto(journeyForm('checkout', 'shipping').field());
      const onward = click(Object.assign(new FakeElement('A'), { href: `${ORIGIN}/checkout/payment` }));
      page.doc.dispatchEvent(onward);
      await page.wait(0);
      expect([before.defaultPrevented, onward.defaultPrevented, page.dialogs.length]).toEqual([false, false, 0]);
    });

    it('follows the link straight away when the question may not be asked', async () => {
      const page = openPage('/checkout/shipping');
      page.typeInto(journeyForm('checkout', 'shipping').field());
      const away = click(Object.assign(new FakeElement('A'), { href: `${ORIGIN}/` }));
      page.doc.dispatchEvent(away); // within the first seconds of the page
      expect(away.defaultPrevented).toBe(false);
    });

    it('asks on the next page when the shopper typed into a step and went back', async () => {
      const shipping = openPage('/checkout/shipping');
      shipping.typeInto(journeyForm('checkout', 'shipping').field());
      shipping.leave(); // the Back button: nothing to intercept
      const cart = openPage('/cart');
      await cart.wait(3_999);
      expect(cart.dialogs).toHaveLength(0);
      await cart.wait(1);
      expect(cart.dialogs).toHaveLength(1);
      await cart.dialogs[0]!.submit({ reason: 'other', otherText: 'Wanted to change the size' });
      expect(sent.at(-1)).toMatchObject({ trigger: 'form_abandon', journey: 'checkout', step: 'shipping', reason: 'other', otherText: 'Wanted to change the size', path: '/cart' });
    });

    it('does not ask on the next page when the shopper went onward or reloaded', async () => {
      const shipping = openPage('/checkout/shipping');
      const { form, field } = journeyForm('checkout', 'shipping');
      shipping.typeInto(field());
      shipping.doc.dispatchEvent(eventFrom('submit', form));
      shipping.leave();
      const next = openPage('/checkout/payment');
      await next.wait(5_000);
      const again = openPage('/checkout/payment');
      again.typeInto(journeyForm('checkout', 'payment').field());
      again.leave();
      const reloaded = openPage('/checkout/payment');
      await reloaded.wait(5_000);
      expect([...next.dialogs, ...reloaded.dialogs]).toHaveLength(0);
    });
  });

  describe('touch devices', () => {
    it('asks when the shopper comes back to the page, never while it is hidden', async () => {
      const page = openPage('/checkout/payment', { touch: true });
      await page.wait(5_000);
      page.doc.setVisibility('hidden');
      await page.wait(0);
      expect(page.dialogs).toHaveLength(0);
      page.doc.setVisibility('visible');
      await page.wait(0);
      expect(page.dialogs).toHaveLength(1);
      await page.dialogs[0]!.submit({ reason: 'payment_failed' });
      expect(sent.at(-1)).toMatchObject({ trigger: 'return' });
    });

    it('asks on a fast scroll up, and after idling on the step', async () => {
      const scroller = openPage('/checkout/payment', { touch: true });
      await scroller.wait(5_000);
      scroller.win.scrollTo(1500);
      await scroller.wait(100);
      scroller.win.scrollTo(1000);
      await scroller.wait(0);
      await scroller.dialogs[0]!.submit({ reason: 'payment_failed' });
      expect(sent.at(-1)).toMatchObject({ trigger: 'scroll_up' });

      installMemoryStorage();
      const idler = openPage('/checkout/payment', { touch: true });
      await idler.wait(90_000);
      await idler.dialogs[0]!.submit({ reason: 'payment_failed' });
      expect(sent.at(-1)).toMatchObject({ trigger: 'idle' });
    });

    it('has no exit intent (there is no pointer to leave the page)', async () => {
      const page = openPage('/checkout/payment', { touch: true });
      await page.wait(5_000);
      page.exitIntent();
      await page.wait(0);
      expect(page.dialogs).toHaveLength(0);
    });
  });

  it('removes every listener when stopped', async () => {
    const page = openPage('/checkout/payment');
    page.tracker.stop();
    await page.wait(5_000);
    page.exitIntent();
    page.leave();
    await page.wait(0);
    expect([page.dialogs.length, page.beacon.mock.calls.length]).toEqual([0, 0]);
  });
});
