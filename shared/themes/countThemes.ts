import { tokenizeComment } from './tokenizeComment.ts';

/**
 * How many comments mention each term: a comment counts once per term however
 * often it repeats it, so one long rant does not make a theme.
 */
export function countThemes(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const term of tokenizeComment(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** A phrase hides the single words it is made of when they add nothing: keep a word only if it is mentioned more often alone. */
export function dropCoveredWords(counts: Map<string, number>, terms: string[]): string[] {
  const phrases = terms.filter((term) => term.includes(' '));
  return terms.filter((term) => {
    if (term.includes(' ')) return true;
    const count = counts.get(term) ?? 0;
    return !phrases.some((phrase) => phrase.split(' ').includes(term) && (counts.get(phrase) ?? 0) >= count);
  });
}
