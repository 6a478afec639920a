import { describe, expect, it } from 'vitest';
import { scrubEmailAddresses, scrubPersonalData } from '../src/privacy/scrubPersonalData.ts';

describe('scrubPersonalData', () => {
  const scrubbed: [string, string, string][] = [
    ['an e-mail address', 'mail me at john.doe+shop@example.co.uk please', 'mail me at [email] please'],
    ['an e-mail address inside Chinese text', '我的邮箱是zhang.wei@example.cn谢谢', '我的邮箱是[email]谢谢'],
    ['two e-mail addresses', 'a@b.io or c.d@e-f.com', '[email] or [email]'],
    ['a Chinese mobile number inside Chinese text', '电话13800138000谢谢', '电话[phone]谢谢'],
    ['an international number with spaces', '请打+86 138 0013 8000联系我', '请打[phone]联系我'],
    ['US numbers with an area code in brackets', 'Call (555) 123-4567 or +1 (555) 123-4567', 'Call [phone] or [phone]'],
    ['a German number', 'Rückruf unter +49 30 1234567 bitte', 'Rückruf unter [phone] bitte'],
    ['a local number with a space', '0170 1234567', '[phone]'],
    ['a number with a slash', 'Tel. 030/1234567', 'Tel. [phone]'],
    ['a French number with dots', '06.12.34.56.78', '[phone]'],
    ['full-width digits', '電話１３８００１３８０００', '電話[phone]'],
    ['a full-width number with full-width hyphens', '请打０１７０－１２３４５６７，谢谢', '请打[phone]，谢谢'],
    ['a full-width e-mail address, keeping the full-width comma', '邮箱ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ，谢谢', '邮箱[email]，谢谢'],
    ['a full-width card number', '卡号４１１１　１１１１　１１１１　１１１１', '卡号[card]'],
    ['a card number in groups', 'card 4111 1111 1111 1111 exp 12/25', 'card [card] exp 12/25'],
    ['a card number with dashes', '4111-1111-1111-1111', '[card]'],
    ['a card number without separators', '卡号4111111111111111谢谢', '卡号[card]谢谢'],
    ['an Amex number (15 digits)', 'amex 3782 822463 10005', 'amex [card]'],
    ['a 19-digit card number', '6011 0009 9013 9424 009', '[card]'],
    ['a card number followed by more digits', '4111 1111 1111 1111 22 euros', '[card] 22 euros'],
  ];
  for (const [what, text, expected] of scrubbed) {
    it(`replaces ${what}`, () => expect(scrubPersonalData(text)).toBe(expected));
  }

  const untouched: [string, string][] = [
    ['a price in euros', 'Price €1,299.00 was too much'],
    ['a price in yuan', '价格 ¥12800 太贵了'],
    ['a big price with spaces', 'it costs 1 299 999 € now'],
    ['a price with a currency code', 'EUR 1.299.999'],
    ['a short order number', 'order #12345 arrived late'],
    ['a nine-digit order number', 'Order 100234567 is late'],
    ['an ISO date and time', 'on 2024-03-15 10:30 it broke'],
    ['a European date', 'delivered 15.03.2024'],
    ['a US date', 'delivered 03/15/2024'],
    ['a Chinese date', '２０２４年３月１５日送达'],
    ['a range of years', 'customer 2019-2024'],
    ['version numbers and times', 'v1.2.3 at 10:30'],
    ['a number that fails the Luhn check', 'ref 4111 1111 1111 1112'],
    ['a long number in a URL path', 'see /product/12345678901'],
    ['a product code', 'SKU ABC-12345678'],
    ['plain Chinese text', '结账太慢了，运费也不清楚。'],
    ['an @mention that is not an address', 'thanks @support team'],
  ];
  for (const [what, text] of untouched) {
    it(`leaves ${what} alone`, () => expect(scrubPersonalData(text)).toBe(text));
  }

  it('takes only e-mail addresses out of a page location, where long numbers are products and orders', () => {
    expect(scrubEmailAddresses('/users/ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ/orders/4111111111111111?ref=a%40b.io')).toBe('/users/[email]/orders/4111111111111111?ref=[email]');
  });

  it('scrubs each kind in one comment and keeps the rest', () => {
    expect(scrubPersonalData('Order 12345 (€49.90): mail a@b.de, call 0170 1234567, card 4111111111111111.')).toBe(
      'Order 12345 (€49.90): mail [email], call [phone], card [card].',
    );
  });

  it('stays fast on a long adversarial comment', () => {
    const text = 'a'.repeat(1000) + '@' + '1-'.repeat(500);
    const started = performance.now();
    scrubPersonalData(text);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
