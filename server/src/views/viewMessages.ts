import type { ErrorCode } from '../../../shared/errorCodes.ts';
import type { ErrorIssue } from '../../../shared/schemas/error.ts';
import { ApiError } from '../http/ApiError.ts';
import { storageUnavailable } from '../http/storageErrors.ts';
import type { ViewName } from './viewCatalog.ts';

/** What the main thread posts to a view worker. */
export interface ViewRequest {
  name: ViewName;
  params: unknown;
  /** The main thread's `config.now()` when the request came in: a worker never reads a clock. */
  now: number;
}

interface SentApiError {
  status: ApiError['status'];
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
  headers?: Record<string, string>;
}

/** What a view worker answers: the view's JSON, or its error in a form that survives structured clone. */
export type ViewReply = { ok: true; json: string } | { ok: false; api: SentApiError } | { ok: false; internal: string };

/** In the worker: an error as it crosses to the main thread (an SqliteError's class would not survive the copy). */
export function replyOfError(err: unknown): ViewReply {
  const api = err instanceof ApiError ? err : storageUnavailable(err);
  if (api) return { ok: false, api: { status: api.status, code: api.code, message: api.message, issues: api.issues, headers: api.headers } };
  return { ok: false, internal: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}

/** On the main thread: the error the route throws, so onError answers the one error shape. */
export function errorOfReply(name: ViewName, reply: Exclude<ViewReply, { ok: true }>): Error {
  if ('api' in reply) return new ApiError(reply.api.status, reply.api.code, reply.api.message, reply.api.issues, reply.api.headers);
  return new Error(`The ${name} view failed on a worker thread: ${reply.internal}`);
}
