import { afterEach, describe, expect, it, vi } from 'vitest';
import { widgetLanguage } from '../../shared/widgetLanguage.ts';
import { declaredLanguage, laidOutRightToLeft, writtenRightToLeft } from '../src/i18n/language.ts';

const page = (lang = '', direction = 'ltr', dir = '') => {
  vi.stubGlobal('getComputedStyle', () => ({ direction }));
  return { documentElement: { lang }, body: {}, dir } as unknown as Document;
};

describe('the language the widget speaks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is data-lang first, then <html lang>; the browser is the caller’s fallback', () => {
    expect(declaredLanguage('zh-TW', page('en'))).toBe('zh-TW');
    expect(declaredLanguage(undefined, page('zh-CN'))).toBe('zh-CN');
    expect(declaredLanguage('', page(''))).toBe('');
  });

  it('bundles simplified Chinese for mainland, Singapore and plain zh, traditional for Taiwan, Hong Kong, Macau and Hant', () => {
    for (const lang of ['zh', 'zh-CN', 'zh-cn', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'zh_CN']) expect(widgetLanguage(lang), lang).toBe('zh-CN');
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh_TW']) expect(widgetLanguage(lang), lang).toBe('zh-TW');
  });

  it('speaks English for every other language, and when the page says nothing', () => {
    for (const lang of ['en', 'en-GB', 'fr', 'ar', 'zhx', '', 'ja-JP']) expect(widgetLanguage(lang), lang).toBe('en');
  });

  it('is written right to left when <html dir> says so or its language is written that way, without asking for the layout', () => {
    expect(writtenRightToLeft('en', page('en', 'ltr', 'rtl'))).toBe(true);
    for (const lang of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur']) expect(writtenRightToLeft(lang, page(lang)), lang).toBe(true);
    for (const lang of ['en', 'zh-CN', 'arn', 'hea', '']) expect(writtenRightToLeft(lang, page(lang)), lang).toBe(false);
    vi.stubGlobal('getComputedStyle', () => {
      throw new Error('tp.js must not force a style recalculation');
    });
    expect(writtenRightToLeft('en', { dir: '' } as Document)).toBe(false);
  });

  it('is laid out right to left when the body or CSS says so', () => {
    expect(laidOutRightToLeft(page('en', 'rtl'))).toBe(true);
    expect(laidOutRightToLeft(page('en', 'ltr'))).toBe(false);
  });
});
