import { describe, expect, it } from 'vitest';
import { countThemes, dropCoveredWords } from './countThemes.ts';
import { icuWordsOf, tokenizeComment, wordsOf } from './tokenizeComment.ts';

describe('tokenizeComment', () => {
  it('keeps English words and neighbouring two-word phrases, without stop words', () => {
    expect(tokenizeComment('The delivery driver was rude!')).toEqual(['delivery', 'driver', 'delivery driver', 'rude']);
  });

  it('does not make a phrase across punctuation or a dropped stop word', () => {
    const terms = tokenizeComment('Shipping was slow, checkout fine');
    expect(terms).toContain('shipping');
    expect(terms).toContain('checkout fine');
    expect(terms).not.toContain('shipping slow');
    expect(terms).not.toContain('slow checkout');
  });

  it('segments Chinese into words and drops particles', () => {
    const terms = tokenizeComment('客服态度不好，退款很慢');
    expect(terms).toEqual(expect.arrayContaining(['客服', '态度', '退款']));
    expect(terms).not.toContain('，');
    expect(terms.every((term) => term.length >= 2)).toBe(true);
  });

  it('handles a comment mixing Chinese and English', () => {
    const terms = tokenizeComment('结账页面太慢了, checkout page is slow 支付失败');
    expect(terms).toEqual(expect.arrayContaining(['结账', '页面', 'checkout', 'page', 'checkout page', 'slow', '支付', '失败']));
    expect(terms).not.toContain('了');
    expect(terms).not.toContain('is');
    expect(terms).not.toContain('page slow');
  });

  it('reads traditional Chinese and full-width forms', () => {
    const terms = tokenizeComment('優惠券不能用 ＣＯＵＰＯＮ');
    expect(terms).toContain('優惠');
    expect(terms).toContain('coupon');
  });

  it('ignores numbers and single letters', () => {
    expect(tokenizeComment('I waited 20 minutes x')).toEqual(['waited', 'minutes']);
    expect(tokenizeComment('2024 x 5')).toEqual([]);
  });
});

describe('countThemes', () => {
  it('counts each comment once per term', () => {
    const counts = countThemes(['slow slow slow', 'so slow', '太慢', '付款太慢']);
    expect(counts.get('slow')).toBe(2);
    expect(counts.get('太慢')).toBe(2);
  });

  it('lets a phrase hide its words when they add nothing', () => {
    const counts = countThemes(['delivery driver rude', 'delivery driver late', 'delivery fast']);
    const kept = dropCoveredWords(counts, [...counts.keys()]);
    expect(kept).toContain('delivery driver');
    expect(kept).toContain('delivery');
    expect(kept).not.toContain('driver');
  });
});

describe('the ASCII fast path', () => {
  it('splits English as ICU does', () => {
    const samples = [
      "Didn't get the e-mail; the 3-D Secure window never loaded.",
      'Free shipping only over $350? No thanks... 12.95 is too much!!',
      'Love it :) 10/10 would buy again -- fast & easy',
      "The size guide (U.S. sizes) isn't clear",
    ];
    for (const sample of samples) expect(wordsOf(sample)).toEqual(icuWordsOf(sample));
  });
});
