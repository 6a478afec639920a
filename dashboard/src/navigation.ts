// Full page loads, not client-side routing: the collector decides at `/` whether
// the session is valid, so going through it keeps that check in one place.

export const SIGN_IN_PATH = '/login';
const RETURN_PARAM = 'return';

/** Sends the browser to sign in, remembering where to come back to. */
export function goToSignIn(): void {
  if (location.pathname === SIGN_IN_PATH) return;
  const here = location.pathname + location.search;
  const query = here === '/' ? '' : `?${new URLSearchParams({ [RETURN_PARAM]: here })}`;
  location.assign(SIGN_IN_PATH + query);
}

/** Where to go after signing in, from the sign-in page's own query string. */
export function returnPathAfterSignIn(search: string): string {
  return safeReturnPath(new URLSearchParams(search).get(RETURN_PARAM));
}

/**
 * Only same-origin paths of the dashboard itself: a crafted link must not be
 * able to bounce a freshly signed-in user to another site (`//evil`, `/\evil`).
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/')) return '/';
  if (candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return '/';
  if (candidate === SIGN_IN_PATH || candidate.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return candidate;
}
