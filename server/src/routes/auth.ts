import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../appContext.ts';
import { endSession, startSession } from '../auth/sessionCookie.ts';
import { secretsMatch } from '../auth/sha256.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

const signInSchema = z.object({ token: z.string().min(1).max(512) });

/** `/auth/*`: the dashboard trades the admin token for an httpOnly session cookie. */
export function authRoutes({ db, config }: AppDeps) {
  return new Hono()
    .post('/login', async (c) => {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin) {
        throw new ApiError(403, 'forbidden', 'Cross-site sign-in refused.');
      }
      const { token } = validate(signInSchema, await readJsonBody(c));
      if (!secretsMatch(token.trim(), config.adminToken)) {
        throw new ApiError(401, 'unauthorized', 'That token is not right. It was printed when the collector first started.');
      }
      startSession(c, db, config.secureCookies);
      return c.json({ ok: true });
    })
    .post('/logout', (c) => {
      endSession(c, db);
      return c.json({ ok: true });
    });
}
