import { ApiError, errorFromBody } from './ApiError.ts';
import { goToSignIn } from '../navigation.ts';


export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Sent as it is instead of a JSON body: a file to upload (an import's CSV or XLSX). */
  file?: Blob;
  signal?: AbortSignal;
  /**
   * A 401 normally means the session ended, so the user is sent to sign in.
   * The sign-in request itself turns this off: there a 401 means "wrong token".
   */
  redirectOnUnauthorized?: boolean;
}

/**
 * Same-origin JSON request. Resolves with the parsed body on 2xx; otherwise
 * throws an ApiError whose message is fit to show to the user.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, file, signal, redirectOnUnauthorized = true } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (file) headers['Content-Type'] = file.type || 'application/octet-stream';
  // Double-submit CSRF token: the collector refuses cookie-authenticated writes without it.
  if (method !== 'GET') headers['X-CSRF-Token'] = readCookie('tp_csrf');

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'Could not reach the collector. Check that it is running, then try again.');
  }

  // 204: done, nothing to read (a DELETE).
  if (response.status === 204) return undefined as T;
  const parsed = await readJson(response);
  if (response.ok) {
    if (parsed === undefined) {
      throw new ApiError(response.status, 'bad_response', 'The collector sent an answer the dashboard could not read.');
    }
    return parsed as T;
  }
  if (response.status === 401 && redirectOnUnauthorized) goToSignIn();
  throw errorFromBody(response.status, parsed);
}

function readCookie(name: string): string {
  if (typeof document === 'undefined') return '';
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return '';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
