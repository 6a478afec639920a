import type { Context } from 'hono';
import { ApiError } from './ApiError.ts';
import { parseJsonStrictly } from './parseJsonStrictly.ts';

/**
 * Reads a JSON body. The widget sends `text/plain` so browsers skip the CORS
 * preflight; both that and `application/json` are accepted where `allowTextPlain`.
 */
export async function readJsonBody(c: Context, { allowTextPlain = false } = {}): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const accepted = type === 'application/json' || (allowTextPlain && type === 'text/plain');
  if (!accepted) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      allowTextPlain ? 'Send the body as application/json or text/plain.' : 'Send the body as application/json.',
    );
  }
  let body: ArrayBuffer;
  try {
    body = await c.req.arrayBuffer();
  } catch {
    // Cut off or badly framed (read here straight from the socket when it had a Content-Length: http/bodyLimitJson.ts).
    throw new ApiError(400, 'invalid_payload', 'The request body could not be read.');
  }
  return parseJsonStrictly(new Uint8Array(body));
}
