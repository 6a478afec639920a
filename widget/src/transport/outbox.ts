import type { ResponseInput } from '../../../shared/schemas/response.ts';

// Responses that could not be delivered yet, kept in localStorage so they survive
// a page change and go out on the next page view. Bounded: a shopper who is
// offline for a week does not fill the site's storage.
const KEY = 'touchpoint:outbox';
const MAX_ITEMS = 20;
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

export interface OutboxItem {
  payload: ResponseInput;
  attempts: number;
  /** Not before this time (ms), for backoff within a page. */
  notBefore: number;
  queuedAt: number;
}

function read(): OutboxItem[] {
  try {
    const items = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

function write(items: OutboxItem[]): void {
  try {
    if (items.length) localStorage.setItem(KEY, JSON.stringify(items));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked (private mode): the response is lost only here.
  }
}

export function outboxItems(now = Date.now()): OutboxItem[] {
  return read().filter((item) => now - item.queuedAt < MAX_AGE_MS);
}

export function putInOutbox(item: OutboxItem): void {
  const items = read().filter((i) => i.payload.id !== item.payload.id);
  items.push(item);
  write(items.slice(-MAX_ITEMS));
}

export function removeFromOutbox(id: string): void {
  write(read().filter((i) => i.payload.id !== id));
}
