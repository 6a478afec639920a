/** A language tag as pages write it: `en`, `zh-CN`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * The language a hosted survey page is shown in: the link's `lang`, else the
 * browser's first choice (Accept-Language), else English.
 */
export function pageLanguage(asked: string | undefined, acceptLanguage: string | undefined): string {
  if (asked && LANGUAGE_TAG.test(asked)) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((choice) => choice.q > 0 && LANGUAGE_TAG.test(choice.tag))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag ?? 'en';
}
