import { describe, expect, it, vi } from 'vitest';
import { followedLink, watchFormAbandon, wentBackFromForm } from '../src/triggers/formAbandon.ts';
import { click, FakeDocument, FakeElement } from './fakePage.ts';

const here = { href: 'https://shop.example/checkout/shipping', assign: vi.fn() };
const link = (href: string) => Object.assign(new FakeElement('A'), { href });

describe('form abandonment by link', () => {
  it('knows which clicks open another page in this tab', () => {
    expect(followedLink(click(link('https://shop.example/cart')), here)?.pathname).toBe('/cart');
    expect(followedLink(click(link('https://elsewhere.example/')), here)?.host).toBe('elsewhere.example');
  });

  it('leaves alone new tabs, modifier keys, other buttons, downloads, in-page jumps, non-http links and what the page handled', () => {
    const newTab = Object.assign(link('https://shop.example/cart'), { target: '_blank' });
    const download = link('https://shop.example/invoice.pdf');
    download.setAttribute('download');
    const handled = click(link('https://shop.example/cart'));
    handled.preventDefault();
    for (const event of [
      click(newTab),
      click(link('https://shop.example/cart'), { metaKey: true }),
      click(link('https://shop.example/cart'), { ctrlKey: true }),
      click(link('https://shop.example/cart'), { shiftKey: true }),
      click(link('https://shop.example/cart'), { button: 1 }),
      click(download),
      click(link('https://shop.example/checkout/shipping#help')),
      click(link('mailto:help@shop.example')),
      click(new FakeElement('BUTTON')),
      handled,
    ]) {
      expect(followedLink(event, here)).toBeUndefined();
    }
  });

  it('holds back a link that leaves the journey, and follows it once when told to', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    const nav = { href: here.href, assign: vi.fn() };
    watchFormAbandon(doc, (url) => url.pathname === '/', fire, nav);
    const event = click(link('https://shop.example/'));
    doc.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(fire).toHaveBeenCalledTimes(1);
    const follow = fire.mock.calls[0]![0];
    follow();
    follow(); // answered, then closed: one navigation
    expect(nav.assign).toHaveBeenCalledTimes(1);
    expect(nav.assign).toHaveBeenCalledWith('https://shop.example/');
  });

  it('lets links it should not hold go by untouched', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchFormAbandon(doc, () => false, fire, here);
    const event = click(link('https://shop.example/'));
    doc.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(fire).not.toHaveBeenCalled();
  });
});

describe('form abandonment by going back (decided on the next page)', () => {
  const order = ['cart', 'shipping', 'payment'];
  const typed = { step: 'shipping', fields: 2 };

  it('is true when the shopper typed into a step and this page is an earlier step or outside the journey', () => {
    expect(wentBackFromForm(typed, ['cart'], order)).toBe(true);
    expect(wentBackFromForm(typed, [], order)).toBe(true);
  });

  it('is false on the same step (a reload), a later one, or a step the journey has not seen yet', () => {
    expect(wentBackFromForm(typed, ['shipping'], order)).toBe(false);
    expect(wentBackFromForm(typed, ['payment'], order)).toBe(false);
    expect(wentBackFromForm(typed, ['gift-wrap'], order)).toBe(false);
  });

  it('is false when nothing was typed, or the step was left onward (form submitted, link into the journey)', () => {
    expect(wentBackFromForm({ step: 'shipping', fields: 0 }, [], order)).toBe(false);
    expect(wentBackFromForm({ ...typed, onward: true }, [], order)).toBe(false);
    expect(wentBackFromForm(undefined, [], order)).toBe(false);
  });
});
