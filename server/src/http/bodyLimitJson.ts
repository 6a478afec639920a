import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './ApiError.ts';

/** Refuses bodies over `maxBytes` before reading them further (413). */
export function bodyLimitJson(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes.`);
    },
  });
}
