import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import { principalOf } from './principal.ts';

/**
 * For the routes that manage accounts (passwords, API tokens, the team): an API
 * token may read and change data, never accounts. Otherwise a leaked token
 * could make more tokens, or an account to make them with, and outlive its own
 * revocation (as on GitHub, where a personal access token cannot make another).
 */
export const refuseApiTokens: MiddlewareHandler = async (c, next) => {
  if (principalOf(c).via === 'api-token') {
    throw new ApiError(
      403,
      'forbidden',
      'An API token cannot manage passwords, API tokens or accounts. Sign in on the dashboard to do that.',
    );
  }
  return next();
};
