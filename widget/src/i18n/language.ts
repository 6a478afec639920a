import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';

/** The page's language as written in `data-lang`, else `<html lang>`; '' when neither says. */
export function declaredLanguage(dataLang: string | undefined, doc: Document = document): string {
  return dataLang || doc.documentElement.lang || '';
}

/**
 * Which bundled strings a language gets: traditional Chinese for zh-TW, zh-HK,
 * zh-MO and zh-Hant, simplified for any other Chinese, English for the rest.
 */
export function widgetLanguage(lang: string): WidgetLanguage {
  if (!/^zh([-_]|$)/i.test(lang)) return 'en';
  return /[-_](hant|tw|hk|mo)\b/i.test(lang) && !/[-_]hans\b/i.test(lang) ? 'zh-TW' : 'zh-CN';
}

/** Right-to-left: the page says so (dir on <html> or <body>, or CSS), or its language is written that way. */
export function isRightToLeft(lang: string, doc: Document = document): boolean {
  return /^(ar|he|fa|ur)([-_]|$)/i.test(lang) || getComputedStyle(doc.body).direction === 'rtl';
}
