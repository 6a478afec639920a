import { ApiError } from './ApiError.ts';

/**
 * A 400 for one field that passed the schema but not a rule only the server can
 * check (a reason the journey does not offer); same shape as `validate`'s.
 */
export function invalidField(path: string, message: string): ApiError {
  return new ApiError(400, 'invalid_payload', 'The request does not match the expected shape.', [{ path, message }]);
}
