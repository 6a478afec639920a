/** The page's language as written in `data-lang`, else `<html lang>`; '' when neither says. */
export function declaredLanguage(dataLang: string | undefined, doc: Document = document): string {
  return dataLang || doc.documentElement.lang || '';
}

/**
 * Right-to-left by what the page writes: dir on <html>, or a language written
 * that way. tp.js asks this; reading the computed style here would make the
 * browser style the whole page in the middle of its loading.
 */
export function writtenRightToLeft(lang: string, doc: Document = document): boolean {
  // The test of shared/widgetLanguage.ts's rightToLeftLanguage, written out: a call costs tp.js bytes.
  return /^(ar|he|fa|ur)([-_]|$)/i.test(lang) || doc.dir === 'rtl';
}

/** Right-to-left as laid out (dir on <body>, or CSS): the core asks this after `load`, when the page's style is done. */
export function laidOutRightToLeft(doc: Document = document): boolean {
  return getComputedStyle(doc.body).direction === 'rtl';
}
