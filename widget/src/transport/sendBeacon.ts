import type { ResponseInput } from '../../../shared/schemas/response.ts';

/**
 * Sends a response while the page goes away: `sendBeacon` is queued by the
 * browser and survives the unload; a `text/plain` Blob keeps it a simple request
 * (no CORS preflight). Without it, a keepalive fetch. Fire and forget.
 */
export function sendBeacon(api: string, payload: ResponseInput, nav: Pick<Navigator, 'sendBeacon'> = navigator): void {
  const url = api + '/v1/responses';
  const body = JSON.stringify(payload);
  try {
    if (nav.sendBeacon?.(url, new Blob([body], { type: 'text/plain' }))) return;
  } catch {
    // Some browsers throw on a beacon they will not queue: fall back.
  }
  fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'text/plain' }, keepalive: true, credentials: 'omit' }).catch(() => {});
}
