import type { ResponseInput } from '../../../shared/schemas/response.ts';
import type { ErrorBody } from '../../../shared/schemas/error.ts';

export type SendResult =
  | { ok: true }
  /** Worth trying again later: offline, collector down or overloaded. */
  | { ok: false; retry: true; retryAfterMs?: number }
  /** The collector said no; sending the same again cannot succeed. */
  | { ok: false; retry: false; code: string; message: string };

/**
 * Posts one response. `text/plain` keeps it a simple request (no CORS preflight);
 * `keepalive` lets it finish when the shopper navigates away. Never throws.
 */
export async function postResponse(api: string, payload: ResponseInput): Promise<SendResult> {
  let res: Response;
  try {
    res = await fetch(api + '/v1/responses', {
      method: 'POST',
      body: JSON.stringify(payload),
      headers: { 'Content-Type': 'text/plain' },
      keepalive: true,
      credentials: 'omit',
    });
  } catch {
    return { ok: false, retry: true };
  }
  if (res.ok) return { ok: true };
  if (res.status === 429 || res.status >= 500) {
    const seconds = Number(res.headers.get('Retry-After'));
    return { ok: false, retry: true, retryAfterMs: seconds > 0 ? seconds * 1000 : undefined };
  }
  let body: Partial<ErrorBody> = {};
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML error page: keep the status.
  }
  return {
    ok: false,
    retry: false,
    code: body.error?.code ?? String(res.status),
    message: body.error?.message ?? `HTTP ${res.status}`,
  };
}
