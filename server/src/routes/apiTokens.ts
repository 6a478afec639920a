import { Hono } from 'hono';
import { createApiTokenSchema, type ApiTokenList } from '../../../shared/schemas/account.ts';
import type { AppDeps } from '../appContext.ts';
import { issueApiToken } from '../auth/issueApiToken.ts';
import { accountOf } from '../auth/principal.ts';
import { refuseApiTokens } from '../auth/refuseApiTokens.ts';
import { toApiToken } from '../db/queries/accounts/apiTokenRow.ts';
import { listApiTokens } from '../db/queries/accounts/listApiTokens.ts';
import { revokeApiToken } from '../db/queries/accounts/revokeApiToken.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { idParam } from '../http/params/idParam.ts';

/**
 * `/api/me/tokens`: personal API tokens for scripts. A token acts with its
 * owner's current role; only its sha256 is stored, so it is shown once. They
 * are managed from a dashboard session, never with a token.
 */
export function apiTokenRoutes({ db, config }: AppDeps) {
  return new Hono()
    .use('*', refuseApiTokens)
    .get('/', (c) => c.json({ tokens: listApiTokens(db, accountOf(c).userId).map(toApiToken) } satisfies ApiTokenList))
    .post('/', async (c) => {
      const { userId } = accountOf(c);
      const { name } = validate(createApiTokenSchema, await readJsonBody(c));
      c.header('Cache-Control', 'no-store');
      return c.json(issueApiToken(db, userId, name, config.now()), 201);
    })
    .delete('/:id', (c) => {
      const { userId } = accountOf(c);
      const id = idParam(c.req.param('id'), 'API token');
      if (!revokeApiToken(db, userId, id, config.now())) throw new ApiError(404, 'not_found', `You have no live API token with id ${id}.`);
      return c.body(null, 204);
    });
}
