import { ApiError } from '../ApiError.ts';

/** A numeric id from the path (users, API tokens); anything else is a 404 like an unknown id. */
export function idParam(value: string | undefined, what: string): number {
  const id = /^[1-9]\d{0,15}$/.test(value ?? '') ? Number(value) : NaN;
  if (!Number.isSafeInteger(id)) throw new ApiError(404, 'not_found', `No ${what} with id ${value}.`);
  return id;
}
