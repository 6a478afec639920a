import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { signInSchema } from '../../../shared/schemas/account.ts';
import type { AppDeps } from '../appContext.ts';
import { requireSameSiteWrite } from '../auth/csrf.ts';
import { endAccountAccess } from '../auth/endAccountAccess.ts';
import { findAccount } from '../auth/findAccount.ts';
import { SignInThrottle } from '../auth/signInThrottle.ts';
import { currentSession, endSession, startSession } from '../auth/sessionCookie.ts';
import { secretsMatch } from '../auth/sha256.ts';
import { hasUsers } from '../db/queries/accounts/hasUsers.ts';
import { write } from '../db/write.ts';
import { ApiError } from '../http/ApiError.ts';
import { bodyLimitJson } from '../http/bodyLimitJson.ts';
import { addressKey, clientAddress } from '../http/clientAddress.ts';
import { cookiesSecure, publicOrigin } from '../http/publicOrigin.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

/**
 * `/auth/*`: the dashboard trades the admin token, or an account's e-mail and
 * password, for an httpOnly session cookie (and the CSRF cookie that goes with it).
 */
export function authRoutes({ db, config }: AppDeps) {
  // Failed sign-ins per client address, and growing delays per address and account.
  const throttle = new SignInThrottle(undefined, config.now, db);
  const addressOf = (c: Context) => addressKey(clientAddress(c, config.trustProxy ?? 0));
  // Before the body limit, which reads a chunked body whole: a spent address
  // gets its 429 at once, however slowly its body would come.
  const refuseSpentAddress: MiddlewareHandler = async (c, next) => {
    throttle.refuseSpentAddress(addressOf(c));
    return next();
  };
  return new Hono()
    // The sign-in page opens on e-mail and password once the team has accounts.
    .get('/methods', (c) => c.json({ accounts: hasUsers(db) }))
    .post('/login', refuseSpentAddress, bodyLimitJson(4096), async (c) => {
      const origin = c.req.header('origin');
      if (origin && origin !== publicOrigin(c, config)) {
        throw new ApiError(
          403,
          'forbidden',
          "Cross-site sign-in refused: this page's origin is not the dashboard's. Behind a reverse proxy, set TOUCHPOINT_PUBLIC_URL to the dashboard's https address.",
        );
      }
      const address = addressOf(c);
      const input = validate(signInSchema, await readJsonBody(c));
      if ('token' in input) {
        throttle.attempt(address, 'admin-token');
        if (!secretsMatch(input.token.trim(), config.adminToken)) {
          throw new ApiError(401, 'unauthorized', 'That token is not right. It was printed when the collector first started.');
        }
        throttle.succeeded(address, 'admin-token');
        startSession(c, db, cookiesSecure(c, config), config.now());
        return c.json({ ok: true });
      }
      const account = `email:${input.email.trim().toLowerCase()}`;
      throttle.attempt(address, account);
      // One answer for an unknown e-mail, a wrong password and a disabled account.
      const user = await findAccount(db, input.email, input.password);
      if (!user) throw new ApiError(401, 'unauthorized', 'That e-mail and password do not match an active account.');
      throttle.succeeded(address, account);
      startSession(c, db, cookiesSecure(c, config), config.now(), user.id);
      return c.json({ ok: true });
    })
    .post('/logout', (c) => {
      const session = currentSession(c, db, config.now());
      if (session) requireSameSiteWrite(c, session.value, config);
      endSession(c, db);
      return c.json({ ok: true });
    })
    // Ends every session of this account, this one too, and revokes its API tokens
    // (for the admin token: every admin-token session).
    .post('/logout-everywhere', (c) => {
      const session = currentSession(c, db, config.now());
      if (!session) throw new ApiError(401, 'unauthorized', 'Sign in first.');
      requireSameSiteWrite(c, session.value, config);
      const ended = write(db, () => {
        const access = endAccountAccess(db, session.userId, config.now());
        endSession(c, db);
        return access;
      });
      return c.json({ ok: true, ended: ended.sessions, revokedTokens: ended.tokens });
    });
}
