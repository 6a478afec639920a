import { describe, expect, it } from 'vitest';
import { containsEmailAddress, EMAIL_ADDRESS } from './emailAddress.ts';
import { foldText, replaceFolded } from './foldedText.ts';

const email = (text: string) => replaceFolded(text, EMAIL_ADDRESS, () => '[email]');

describe('foldText', () => {
  it('leaves plain ASCII as it is', () => {
    const view = foldText('/cart?ref=a');
    expect(view.folded).toBe('/cart?ref=a');
    expect([view.start(3), view.end(3)]).toEqual([3, 4]);
  });

  it('folds full-width forms, percent escapes, invisible characters and the ideographic full stop, remembering where each came from', () => {
    const view = foldText('ａ%40b\u200Bc。d');
    expect(view.folded).toBe('a@bc.d');
    expect([0, 1, 2, 3, 4, 5].map((i) => [view.start(i), view.end(i)])).toEqual([
      [0, 1],
      [1, 4],
      [4, 5],
      [6, 7],
      [7, 8],
      [8, 9],
    ]);
  });

  it('decodes escaped UTF-8 as one character, and leaves a stray % alone', () => {
    expect(foldText('%EF%BC%A0 100% %zz %E2').folded).toBe('@ 100% %zz %E2');
  });
});

describe('replaceFolded', () => {
  const cases: [string, string, string][] = [
    ['a full-width address', '请联系ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ，谢谢', '请联系[email]，谢谢'],
    ['an escaped address in a path', '/users/jane.doe%40example.com/orders', '/users/[email]/orders'],
    ['an address split by a zero-width space', 'jane\u200B@example.com!', '[email]!'],
    ['an address split by a soft hyphen', 'jane.do\u00ADe@example.com', '[email]'],
    ['an address with the ideographic full stop', '邮箱 zhang@qq。com 谢谢', '邮箱 [email] 谢谢'],
    ['mixed forms, twice', 'ａ@b.com and c＠ｄ．ｃｏｍ', '[email] and [email]'],
  ];
  for (const [what, text, expected] of cases) {
    it(`replaces ${what}, keeping the rest as written`, () => expect(email(text)).toBe(expected));
  }

  it('takes out only the part of a match its replacement changes', () => {
    // A card candidate whose last group is not part of the card: the group stays full-width.
    const text = '卡 ４１１１ １１１１ １１１１ １１１１ ２２ 元';
    expect(replaceFolded(text, /[0-9][0-9 ]*[0-9]/g, (found) => '[card]' + found.slice(19))).toBe('卡 [card] ２２ 元');
  });

  it('leaves text without matches exactly as written', () => {
    const text = '结账太慢了，运费也不清楚。％ＡＢ ｔｈａｎｋｓ @support';
    expect(email(text)).toBe(text);
  });
});

describe('containsEmailAddress', () => {
  it('finds an address however it is written, and nothing in an ordinary key', () => {
    for (const text of ['jane@example.com', 'ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'x-jane%40example.com', 'ja\u200Bne@example。com']) {
      expect(containsEmailAddress(text), text).toBe(true);
    }
    for (const text of ['plan', 'utm_source', '@type', 'orders@2x', 'zh-CN']) expect(containsEmailAddress(text), text).toBe(false);
  });
});
