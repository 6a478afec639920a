import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../../../shared/schemas/error.ts';
import { ApiError } from './ApiError.ts';
import { storageUnavailable } from './storageErrors.ts';

/** The one place errors become responses: `{ error: { code, message, issues? } }`. */
export function onError(err: Error, c: Context): Response {
  const unavailable = storageUnavailable(err);
  if (unavailable) {
    console.error('[touchpoint] storage unavailable', c.req.method, c.req.path, (err as { code?: string }).code ?? err.message);
    err = unavailable;
  }
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.issues) body.error.issues = err.issues;
    return c.json(body, err.status, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const body: ErrorBody = { error: { code: 'invalid_payload', message: err.message || 'Bad request' } };
    return c.json(body, err.status);
  }
  console.error('[touchpoint] unexpected error', c.req.method, c.req.path, err);
  const body: ErrorBody = { error: { code: 'internal', message: 'Something went wrong on our side.' } };
  return c.json(body, 500);
}

export function notFound(c: Context): Response {
  const body: ErrorBody = { error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } };
  return c.json(body, 404);
}
