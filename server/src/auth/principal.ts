import type { Context } from 'hono';
import type { Role } from '../../../shared/roles.ts';
import type { Me } from '../../../shared/schemas/account.ts';
import { ApiError } from '../http/ApiError.ts';

/** Who is making an `/api` request, set by `authenticate`. */
export interface Principal {
  role: Role;
  /** Null for the admin token (bearer, or the session it opened): it belongs to no account. */
  userId: number | null;
  email: string | null;
  via: Me['via'];
}

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal;
  }
}

export function principalOf(c: Context): Principal {
  const principal = c.get('principal');
  // Only reachable if a route were mounted outside the `/api` guard.
  if (!principal) throw new ApiError(401, 'unauthorized', 'Sign in first.');
  return principal;
}

/** Passwords and API tokens belong to accounts; the admin token has none. */
export function accountOf(c: Context): Principal & { userId: number; email: string } {
  const principal = principalOf(c);
  if (principal.userId === null || principal.email === null) {
    throw new ApiError(
      403,
      'forbidden',
      'The admin token belongs to no account. Sign in with an e-mail and password to manage your password and API tokens.',
    );
  }
  return principal as Principal & { userId: number; email: string };
}
