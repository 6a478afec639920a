import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './ApiError.ts';

/**
 * Refuses bodies over `maxBytes` before reading them further (413), counted as
 * they arrive, so a chunked body without Content-Length is cut off too. A body
 * that breaks off or is badly framed is a 400, not a 500.
 */
export function bodyLimitJson(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes.`);
    },
  });
  return async (c, next) => {
    let reading = true;
    try {
      return await limit(c, () => {
        reading = false;
        return next();
      });
    } catch (err) {
      if (!reading || err instanceof ApiError) throw err;
      throw new ApiError(400, 'invalid_payload', 'The request body could not be read.');
    }
  };
}
