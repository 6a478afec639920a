import type { ResponseInput } from '../../../shared/schemas/response.ts';
import { outboxItems, putInOutbox, removeFromOutbox } from './outbox.ts';
import { postResponse, type SendResult } from './postResponse.ts';

const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Sends a response; if it may succeed later it goes to the outbox first, so
 * closing the page mid-request loses nothing.
 */
export async function deliver(api: string, payload: ResponseInput): Promise<SendResult> {
  const queuedAt = Date.now();
  putInOutbox({ payload, attempts: 0, notBefore: queuedAt, queuedAt });
  const result = await postResponse(api, payload);
  settle(payload, result, 1, queuedAt);
  return result;
}

function settle(payload: ResponseInput, result: SendResult, attempts: number, queuedAt: number): void {
  if (result.ok || !result.retry) {
    removeFromOutbox(payload.id);
    return;
  }
  const backoff = result.retryAfterMs ?? Math.min(BASE_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
  putInOutbox({ payload, attempts, notBefore: Date.now() + backoff, queuedAt });
}

/** Retries what is due. On a fresh page view everything waiting is due. */
export async function flushOutbox(api: string, { freshPageView = false } = {}): Promise<void> {
  const now = Date.now();
  for (const item of outboxItems(now)) {
    if (!freshPageView && item.notBefore > now) continue;
    const result = await postResponse(api, item.payload);
    settle(item.payload, result, item.attempts + 1, item.queuedAt);
    if (!result.ok && result.retry) return; // still down: don't hammer it
  }
}
