import { Hono } from 'hono';
import { suppressionInputSchema } from '../../../shared/schemas/campaigns.ts';
import type { AppDeps } from '../appContext.ts';
import { deleteOptOut, listOptOuts } from '../db/queries/mail/optOuts.ts';
import { write } from '../db/write.ts';
import { recordOptOut } from '../cases/recordMailLink.ts';
import { ApiError } from '../http/ApiError.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

/**
 * The site's suppression list (`mail_opt_outs`): the addresses no campaign,
 * reminder or reply goes to. One-click unsubscribes land here; members add
 * addresses (a complaint by phone) or take one off (a resubscribe asked for).
 */
export function suppressionRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/suppressions', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json({ addresses: listOptOuts(db, site.id).map((a) => ({ email: a.email, createdAt: new Date(a.createdAt).toISOString() })) });
    })
    .post('/:siteKey/suppressions', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const { email } = validate(suppressionInputSchema, await readJsonBody(c));
      recordOptOut(db, site.id, email, config.now());
      return c.body(null, 204);
    })
    .delete('/:siteKey/suppressions/:email', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const email = c.req.param('email');
      if (!write(db, () => deleteOptOut(db, site.id, email))) throw new ApiError(404, 'not_found', `${email} is not on the suppression list.`);
      return c.body(null, 204);
    });
}
