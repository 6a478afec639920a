import type { ErrorCode } from '../../../shared/errorCodes.ts';

/**
 * The server's error codes, plus two of the dashboard's own for failures that
 * never produced an error body. Any other string is a code from a newer server.
 */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response' | (string & {});

/** A failed request, carrying the server's human-readable message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** Field-level details from a validation error, already worded for people. */
  readonly issues: string[];

  constructor(status: number, code: ApiErrorCode, message: string, issues: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** Generic wording for when the server did not say what went wrong. */
export function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'The collector refused this request.';
  if (status === 404) return 'The collector could not find what was asked for.';
  if (status === 429) return 'Too many requests. Wait a moment and try again.';
  if (status >= 500) return 'The collector ran into a problem. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

/**
 * Turns any response body into an ApiError. The collector always answers
 * `{ error: { code, message } }`, but a proxy in front of it might not.
 */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (error && typeof error === 'object') {
      const { code, message, issues } = error as { code?: unknown; message?: unknown; issues?: unknown };
      if (typeof message === 'string' && message.trim() !== '') {
        return new ApiError(status, typeof code === 'string' ? code : 'bad_response', message, issueMessages(issues));
      }
    }
  }
  return new ApiError(status, 'bad_response', fallbackMessage(status));
}

function issueMessages(issues: unknown): string[] {
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue) => {
    if (!issue || typeof issue !== 'object') return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [typeof path === 'string' && path !== '' ? `${path}: ${message}` : message];
  });
}
