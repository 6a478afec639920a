import type { ReasonChoice } from './abandon/abandonContext.ts';

/** A 32-bit hash of a reason's `code:label`: enough to recognise a default reason a site left as it was. */
export function reasonHash(code: string, label: string): number {
  const text = `${code}:${label}`;
  let hash = 0;
  for (let i = 0; i < text.length; ) hash = (Math.imul(hash, 31) + text.charCodeAt(i++)) | 0;
  return hash;
}

/**
 * DEFAULT_ABANDON_REASONS of shared/schemas/journey.ts as the hashes of their
 * code and English label: the labels themselves cost the journeys chunk, on the
 * way to every "What stopped you?", 120 B more gzipped. Their codes, in order,
 * and the English words are every language's `reasons`
 * (i18n/abandonStrings/en.ts). widget/test/defaultReasons.test.ts keeps both in step.
 */
export const DEFAULT_REASON_HASHES = [-1610459181, 527722957, 364226088, -1073412596, 90628684, 96513849];

/**
 * A journey's reasons in the shopper's language: the site's own label for that
 * language (`labels`, exact tag, then its primary subtag) first; else a default
 * reason whose label the site left as it was gets the bundled translation
 * (`translations`, by code, English included); else the label as the site
 * wrote it. A journey declared only by markup or script offers the defaults.
 */
export function reasonsToShow(
  reasons: readonly ReasonChoice[] | undefined,
  translations: Record<string, string>,
  lang = '',
): ReasonChoice[] {
  const offered: readonly ReasonChoice[] = reasons ?? Object.entries(translations).map(([code, label]) => ({ code, label }));
  return offered.map(({ code, label, labels }) => ({
    code,
    label:
      labels?.[lang] ||
      labels?.[lang.split('-')[0]!] ||
      (DEFAULT_REASON_HASHES.includes(reasonHash(code, label)) && translations[code]) ||
      label,
  }));
}
