// Free text from shoppers is stored only after the contact details in it are
// replaced: e-mail addresses, card numbers, phone numbers. The rules lean towards
// leaving ordinary numbers alone (prices, dates, short order numbers): a missed
// phone number is less likely than a mangled comment, but both are kept rare.
// Matching runs on the text's folded copy (shared/privacy/foldedText.ts), so
// full-width, escaped or zero-width-split details are found too.

import { EMAIL_ADDRESS } from '../../../shared/privacy/emailAddress.ts';
import { replaceFolded } from '../../../shared/privacy/foldedText.ts';

// Digits only in ASCII: full-width ones (some CJK input methods type them) are folded first.
const D = '[0-9]';
const SEP = '[ \\-]';

// 13–19 digits, single spaces or dashes between them; runs of more digits are not cards.
const CARD = new RegExp(`(?<![0-9+])${D}(?:${SEP}?${D}){12,18}(?!${D})`, 'g');

// A leading + or 00, an optional (area code), then digits with single separators.
const PHONE = new RegExp(
  `(?<![A-Za-z0-9_+/=#.\\-])\\+?(?:\\(${D}{1,5}\\)[ .\\-]?)?${D}(?:[ .\\-/]?(?:\\(${D}{1,5}\\)|${D})){5,22}(?![A-Za-z0-9_])`,
  'g',
);

const DATE_PREFIX = new RegExp(`^(?:${D}{4}([\\-/.])${D}{1,2}\\1${D}{1,2}|${D}{1,2}([\\-/.])${D}{1,2}\\2${D}{2,4})(?=$|\\s)`);
const YEAR_RANGE = new RegExp(`^${D}{4} ?- ?${D}{4}$`);
const CURRENCY_BEFORE = /(?:[€$£¥₹]|\b(?:EUR|USD|GBP|CNY|RMB|JPY|CHF)\b)\s*$/i;
const CURRENCY_AFTER = /^\s*(?:[€$£¥₹元]|\b(?:EUR|USD|GBP|CNY|RMB|JPY|CHF)\b)/i;

function digitsOf(text: string): number[] {
  const digits: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) digits.push(code - 0x30);
  }
  return digits;
}

function luhnValid(digits: number[]): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits[digits.length - 1 - i]!;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The longest Luhn-valid card number at the start of a candidate, cut at a separator. */
function scrubCard(candidate: string): string {
  const cuts = [candidate.length];
  for (let i = candidate.length - 1; i > 0; i--) if (candidate[i] === ' ' || candidate[i] === '-') cuts.push(i);
  for (const cut of cuts) {
    const digits = digitsOf(candidate.slice(0, cut));
    if (digits.length < 13) break;
    if (digits.length <= 19 && luhnValid(digits)) return '[card]' + candidate.slice(cut);
  }
  return candidate;
}

function scrubPhone(candidate: string, offset: number, text: string): string {
  const date = DATE_PREFIX.exec(candidate);
  if (date) {
    const rest = candidate.slice(date[0].length);
    return date[0] + rest.replace(PHONE, (m, o: number) => scrubPhone(m, offset + date[0].length + o, text));
  }
  const digits = digitsOf(candidate).length;
  const plain = digits === [...candidate].length;
  if (digits > 15 || digits < (plain ? 10 : 7)) return candidate;
  if (YEAR_RANGE.test(candidate)) return candidate;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, offset - 8), offset))) return candidate;
  if (CURRENCY_AFTER.test(text.slice(offset + candidate.length, offset + candidate.length + 8))) return candidate;
  return '[phone]';
}

/**
 * Replaces e-mail addresses with `[email]`, card numbers (13–19 digits, Luhn-valid)
 * with `[card]` and phone numbers with `[phone]`. Prices, dates, times, years and
 * numbers of up to 9 digits written without separators are left alone.
 */
export function scrubPersonalData(text: string): string {
  const withoutCards = replaceFolded(scrubEmailAddresses(text), CARD, (candidate) => scrubCard(candidate));
  return replaceFolded(withoutCards, PHONE, (candidate, offset, whole) => scrubPhone(candidate, offset, whole));
}

/**
 * Replaces e-mail addresses with `[email]` and nothing else: for page paths and
 * kept query values, where long numbers are product and order numbers.
 */
export function scrubEmailAddresses(text: string): string {
  return replaceFolded(text, EMAIL_ADDRESS, () => '[email]');
}
