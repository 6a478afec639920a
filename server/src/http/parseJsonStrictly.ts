import { LIMITS } from '../../../shared/limits.ts';
import { ApiError } from './ApiError.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// With the u flag a well-formed pair is one code point, so only lone halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function invalid(message: string): ApiError {
  return new ApiError(400, 'invalid_payload', message);
}

/**
 * Bytes to a JSON value, refusing what would be trouble further in: bytes that
 * are not UTF-8, nesting deeper than LIMITS.jsonDepth, and strings (values or
 * keys) holding NUL or half a surrogate pair. Throws ApiErrors (400) only.
 */
export function parseJsonStrictly(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw invalid('The body is not valid UTF-8.');
  }
  if (nestingDepth(text) > LIMITS.jsonDepth) throw invalid(`The body is nested deeper than ${LIMITS.jsonDepth} levels.`);
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (!isCleanString(key) || (typeof item === 'string' && !isCleanString(item))) throw new BadString();
      return item;
    });
  } catch (err) {
    if (err instanceof BadString) throw invalid('Strings may not contain NUL characters or unpaired surrogates.');
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  return value;
}

class BadString extends Error {}

function isCleanString(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The deepest bracket nesting outside strings; a linear scan, before JSON.parse recurses. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}
