import { Hono } from 'hono';
import { changePasswordSchema, type Me } from '../../../shared/schemas/account.ts';
import type { AppDeps } from '../appContext.ts';
import { endAccountAccess } from '../auth/endAccountAccess.ts';
import { countStore } from '../auth/countStores.ts';
import { LOGIN_RULE, LoginThrottle } from '../auth/loginThrottle.ts';
import { hashPassword, verifyPassword } from '../auth/passwordHash.ts';
import { accountOf, principalOf } from '../auth/principal.ts';
import { refuseApiTokens } from '../auth/refuseApiTokens.ts';
import { startSession } from '../auth/sessionCookie.ts';
import { findUserById } from '../db/queries/accounts/findUserById.ts';
import { updateUserPassword } from '../db/queries/accounts/updateUserPassword.ts';
import { write } from '../db/write.ts';
import { ApiError } from '../http/ApiError.ts';
import { cookiesSecure } from '../http/publicOrigin.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

/** `/api/me`: who is asking, and changing one's own password. */
export function meRoutes({ db, config }: AppDeps) {
  // A stolen session must not become a way to guess the password it lacks.
  const throttle = new LoginThrottle(LOGIN_RULE, config.now, countStore(db, 'user', { ...LOGIN_RULE, forgetMs: LOGIN_RULE.windowMs }, config.now));
  return new Hono()
    .get('/', (c) => {
      const { email, userId, role, via } = principalOf(c);
      return c.json({ email, userId, role, via } satisfies Me);
    })
    .post('/password', refuseApiTokens, async (c) => {
      const account = accountOf(c);
      const { current, next } = validate(changePasswordSchema, await readJsonBody(c));
      const keys = [`user:${account.userId}`];
      throttle.attempt(keys);
      const user = findUserById(db, account.userId);
      if (!user || !(await verifyPassword(current, user.password_hash))) {
        throw new ApiError(400, 'invalid_payload', 'That is not your current password.', [
          { path: 'current', message: 'is not your current password' },
        ]);
      }
      throttle.succeeded(keys);
      const passwordHash = await hashPassword(next);
      write(db, () => {
        updateUserPassword(db, user.id, passwordHash);
        // Whoever else had a session with the old password, or a token made with one, is out; this browser stays in.
        endAccountAccess(db, user.id, config.now());
        if (account.via === 'session') startSession(c, db, cookiesSecure(c, config), config.now(), user.id);
      });
      return c.json({ ok: true });
    });
}
