import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopWords.ts';

// Intl.Segmenter (ICU) splits English on spaces and punctuation and Chinese by
// its dictionary, so one pass handles a comment that mixes both. The 'zh'
// locale only chooses the dictionary; Latin text is segmented the same way.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;
/** Single Han characters glued into one term (see below): most Chinese words are two characters. */
const MAX_GLUED = 2;

/** A word of the comment, lower-cased, and whether it is Chinese. */
export interface Word {
  text: string;
  han: boolean;
}

// Plain ASCII text splits the same way with a regular expression (letters and
// digits, joined by an apostrophe or a dot as in "didn't", "12.95"), about 15×
// faster than ICU; tokenizeComment.test.ts checks that both agree.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_PARTS = /[A-Za-z0-9]+(?:['.][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g;

function asciiWordsOf(text: string): Word[] {
  return Array.from(text.matchAll(ASCII_PARTS), ([part]) =>
    /^[A-Za-z0-9]/.test(part) ? { text: part.toLowerCase(), han: false } : { text: '', han: false },
  );
}

/** The words of a text as ICU segments them; punctuation as an empty word (a break). Exported for the test. */
export function icuWordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) {
      // Punctuation breaks bigrams and glued runs: "slow, checkout" is not a phrase.
      if (/\S/u.test(part.segment)) words.push({ text: '', han: false });
      continue;
    }
    const lower = part.segment.toLowerCase().replace(/’/g, "'");
    words.push({ text: lower, han: HAN.test(lower) });
  }
  return words;
}

export function wordsOf(text: string): Word[] {
  const normal = text.normalize('NFKC');
  return ASCII.test(normal) ? asciiWordsOf(normal) : icuWordsOf(normal);
}

function isEnglishTerm(word: string): boolean {
  return word.length >= 2 && LATIN_WORD.test(word) && !/^\d+$/.test(word) && !ENGLISH_STOP_WORDS.has(word);
}

/**
 * The distinct terms a comment is about: English words and two-word phrases
 * (stop words dropped, a phrase only from neighbouring kept words), Chinese
 * words of two or more characters. ICU's dictionary sometimes splits a word it
 * does not know into single characters (结|账 for 结账), so neighbouring single
 * characters that are not stop words are glued back into one term.
 */
export function tokenizeComment(text: string): string[] {
  const terms = new Set<string>();
  let previousEnglish: string | null = null;
  let glued = '';
  const flushGlued = () => {
    if (glued.length >= 2) terms.add(glued);
    glued = '';
  };

  for (const { text: word, han } of wordsOf(text)) {
    if (han) {
      previousEnglish = null;
      if (CHINESE_STOP_WORDS.has(word)) {
        flushGlued();
      } else if ([...word].length === 1) {
        glued += word;
        if ([...glued].length >= MAX_GLUED) flushGlued();
      } else {
        flushGlued();
        terms.add(word);
      }
      continue;
    }
    flushGlued();
    if (!isEnglishTerm(word)) {
      previousEnglish = null;
      continue;
    }
    terms.add(word);
    if (previousEnglish) terms.add(`${previousEnglish} ${word}`);
    previousEnglish = word;
  }
  flushGlued();
  return [...terms];
}
