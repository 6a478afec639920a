// Personal data is found in a folded copy of a text and replaced in the text
// itself. The copy undoes what hides an address from a plain pattern: full-width
// and other compatibility forms (NFKC: ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ), percent
// escapes (jane%40example.com, as URLSearchParams writes a kept query value),
// invisible characters (a soft hyphen or zero-width space inside an address) and
// the ideographic full stop some Chinese input methods type for '.'. Everything
// a pattern does not match is stored as the shopper wrote it.

/** Where each character of the folded copy came from in the text, as [start, end) of the character that became it. */
export interface FoldedText {
  folded: string;
  start: (index: number) => number;
  end: (index: number) => number;
}

const NEEDS_FOLDING = /[^\x00-\x7f]|%[0-9a-f]{2}/i;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const IDEOGRAPHIC_FULL_STOP = /\u3002/g;

/** One character as a pattern should see it; '' for invisible ones. */
function foldCharacter(character: string): string {
  return character.normalize('NFKC').replace(INVISIBLE, '').replace(IDEOGRAPHIC_FULL_STOP, '.');
}

// normalize() per character is the cost of folding, and a comment repeats its
// characters: their folds are remembered (up to a bound, whatever is sent).
const folds = new Map<string, string>();
function foldOf(character: string): string {
  let form = folds.get(character);
  if (form === undefined) {
    if (folds.size >= 8192) folds.clear();
    folds.set(character, (form = foldCharacter(character)));
  }
  return form;
}

/** The character a run of percent escapes at `at` encodes in UTF-8, with the escapes' length; undefined when they encode none. */
function percentEscapedAt(text: string, at: number): { character: string; length: number } | undefined {
  const lead = parseInt(text.slice(at + 1, at + 3), 16);
  const bytes = lead < 0x80 ? 1 : lead >= 0xc0 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf8 ? 4 : 0;
  if (!bytes) return undefined;
  const escapes = text.slice(at, at + 3 * bytes);
  if (!/^(?:%[0-9a-f]{2})+$/i.test(escapes) || escapes.length !== 3 * bytes) return undefined;
  try {
    return { character: decodeURIComponent(escapes), length: escapes.length };
  } catch {
    return undefined;
  }
}

let last: { text: string; view: FoldedText } | undefined;

export function foldText(text: string): FoldedText {
  if (!NEEDS_FOLDING.test(text)) return { folded: text, start: (i) => i, end: (i) => i + 1 };
  // The scrubber folds the same text once per kind of detail it looks for.
  if (last?.text === text) return last.view;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    const escaped = code === 0x25 ? percentEscapedAt(text, at) : undefined;
    let form: string;
    let length: number;
    if (escaped) {
      form = foldOf(escaped.character);
      length = escaped.length;
    } else if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      // ASCII and the common CJK ideographs fold to themselves.
      form = text[at]!;
      length = 1;
    } else {
      const character = String.fromCodePoint(text.codePointAt(at)!);
      form = foldOf(character);
      length = character.length;
    }
    for (let k = 0; k < form.length; k++) {
      starts.push(at);
      ends.push(at + length);
    }
    parts.push(form);
    at += length;
  }
  const view: FoldedText = { folded: parts.join(''), start: (i) => starts[i]!, end: (i) => ends[i]! };
  last = { text, view };
  return view;
}

/**
 * `text` with each match of `pattern` (global) in its folded copy replaced by
 * what `replace` answers for it; `replace` sees the folded match, its offset
 * and the whole folded copy. Only the part of a match that `replace` changes
 * is taken out of the text, with every character it touches.
 */
export function replaceFolded(text: string, pattern: RegExp, replace: (match: string, offset: number, folded: string) => string): string {
  const view = foldText(text);
  let out = '';
  let kept = 0;
  for (const match of view.folded.matchAll(pattern)) {
    const found = match[0];
    const replacement = replace(found, match.index, view.folded);
    if (replacement === found) continue;
    let head = 0;
    while (head < found.length && found[head] === replacement[head]) head++;
    let tail = 0;
    while (tail < found.length - head && tail < replacement.length - head && found.at(-1 - tail) === replacement.at(-1 - tail)) tail++;
    const start = Math.max(kept, view.start(match.index + head));
    const end = head === found.length - tail ? start : view.end(match.index + found.length - tail - 1);
    out += text.slice(kept, start) + replacement.slice(head, replacement.length - tail);
    kept = Math.max(kept, end);
  }
  return out + text.slice(kept);
}
