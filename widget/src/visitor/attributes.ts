/** sessionStorage: what `touchpoint('identify', …)` said this visit, kept by tp.js (noteVisitor.ts). Never written under a privacy signal. */
export const ATTRIBUTES_KEY = 'touchpoint:attributes';
const MAX_ATTRIBUTES = 20;

/**
 * `touchpoint('identify', { plan: 'gold', orders: 3 })` as the collector accepts
 * it: up to 20 keys of at most 40 characters, values as strings of at most 120.
 * Objects, arrays and functions are dropped: attributes describe, they never identify.
 */
export function cleanAttributes(input: unknown): Record<string, string> {
  const clean: Record<string, string> = {};
  if (!input || typeof input !== 'object') return clean;
  for (const [key, value] of Object.entries(input)) {
    if (Object.keys(clean).length >= MAX_ATTRIBUTES) break;
    if (key && key.length <= 40 && /^(string|number|boolean)$/.test(typeof value)) clean[key] = String(value).slice(0, 120);
  }
  return clean;
}

/** The visit's attributes, cut to what the collector accepts whatever the page passed. */
export function readAttributes(session: Storage): Record<string, string> {
  try {
    return cleanAttributes(JSON.parse(session.getItem(ATTRIBUTES_KEY) ?? '{}'));
  } catch {
    return {};
  }
}

/** The calls a page made before its core had loaded, kept for the next page's core to take the `identify` ones (main.ts, widget.ts). */
export const PENDING_IDENTIFY_KEY = 'touchpoint:q';
