import type { WidgetLanguage } from './schemas/survey.ts';

/**
 * Which bundled strings a language gets: traditional Chinese for zh-TW, zh-HK,
 * zh-MO and zh-Hant, simplified for any other Chinese, English for the rest.
 * Plain code (no zod): the widget's tp.js and the collector's hosted survey pages read it.
 */
export function widgetLanguage(lang: string): WidgetLanguage {
  if (!/^zh([-_]|$)/i.test(lang)) return 'en';
  return /[-_](hant|tw|hk|mo)\b/i.test(lang) && !/[-_]hans\b/i.test(lang) ? 'zh-TW' : 'zh-CN';
}

/** A language written right to left (Arabic, Hebrew, Persian, Urdu). */
export function rightToLeftLanguage(lang: string): boolean {
  return /^(ar|he|fa|ur)([-_]|$)/i.test(lang);
}
