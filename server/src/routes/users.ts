import { Hono, type Context } from 'hono';
import { createUserSchema, updateUserSchema, type UpdateUser, type UserList } from '../../../shared/schemas/account.ts';
import type { AppDeps } from '../appContext.ts';
import { addUser } from '../auth/addUser.ts';
import { endAccountAccess } from '../auth/endAccountAccess.ts';
import { principalOf } from '../auth/principal.ts';
import { refuseApiTokens } from '../auth/refuseApiTokens.ts';
import { toApiToken } from '../db/queries/accounts/apiTokenRow.ts';
import { deleteUser } from '../db/queries/accounts/deleteUser.ts';
import { findUserById } from '../db/queries/accounts/findUserById.ts';
import { listApiTokens } from '../db/queries/accounts/listApiTokens.ts';
import { listSiteGrants } from '../db/queries/accounts/listSiteGrants.ts';
import { listUsers } from '../db/queries/accounts/listUsers.ts';
import { revokeApiToken } from '../db/queries/accounts/revokeApiToken.ts';
import { updateUser } from '../db/queries/accounts/updateUser.ts';
import { toUser } from '../db/queries/accounts/userRow.ts';
import { write } from '../db/write.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { idParam } from '../http/params/idParam.ts';

export const noSuchUser = (id: number) => new ApiError(404, 'not_found', `No user with id ${id}.`);

/** An admin cannot lock themselves out by accident; another admin (or the admin token) can. */
function refuseSelfLockout(c: Context, id: number, changes: UpdateUser | 'delete'): void {
  if (principalOf(c).userId !== id) return;
  const lockout = changes === 'delete' || changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin');
  if (lockout) {
    throw new ApiError(403, 'forbidden', 'You cannot remove, disable or demote your own account. Ask another admin.');
  }
}

/** `/api/users`: the team's accounts (admins only, see auth/routeRoles.ts; from a session or the admin token). */
export function userRoutes({ db, config }: AppDeps) {
  return new Hono()
    .use('*', refuseApiTokens)
    .get('/', (c) => {
      const grants = listSiteGrants(db);
      return c.json({ users: listUsers(db).map((row) => toUser(row, grants.get(row.id))) } satisfies UserList);
    })
    .post('/', async (c) => {
      const input = validate(createUserSchema, await readJsonBody(c));
      return c.json(toUser(await addUser(db, input, config.now())), 201);
    })
    .patch('/:id', async (c) => {
      const id = idParam(c.req.param('id'), 'user');
      const changes = validate(updateUserSchema, await readJsonBody(c));
      refuseSelfLockout(c, id, changes);
      const row = write(db, () => {
        const wasDisabled = findUserById(db, id)?.disabled === 1;
        const updated = updateUser(db, id, changes);
        // Disabling ends the sessions and revokes the tokens for good. Enabling
        // does it too, for accounts disabled before tokens were revoked on
        // disabling: a disabled account cannot make tokens, so any live one is
        // from before, and must not come back to life.
        if (updated && (changes.disabled || wasDisabled)) endAccountAccess(db, id, config.now());
        return updated;
      });
      if (!row) throw noSuchUser(id);
      return c.json(toUser(row, listSiteGrants(db, id).get(id)));
    })
    .delete('/:id', (c) => {
      const id = idParam(c.req.param('id'), 'user');
      refuseSelfLockout(c, id, 'delete');
      if (!deleteUser(db, id)) throw noSuchUser(id);
      return c.body(null, 204);
    })
    .get('/:id/tokens', (c) => {
      const id = idParam(c.req.param('id'), 'user');
      if (!findUserById(db, id)) throw noSuchUser(id);
      return c.json({ tokens: listApiTokens(db, id).map(toApiToken) });
    })
    .delete('/:id/tokens/:tokenId', (c) => {
      const id = idParam(c.req.param('id'), 'user');
      const tokenId = idParam(c.req.param('tokenId'), 'API token');
      if (!revokeApiToken(db, id, tokenId, config.now())) throw new ApiError(404, 'not_found', `User ${id} has no live API token ${tokenId}.`);
      return c.body(null, 204);
    });
}
