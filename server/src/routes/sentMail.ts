import { Hono } from 'hono';
import { sentMailQuerySchema } from '../../../shared/schemas/sentMail.ts';
import type { AppDeps } from '../appContext.ts';
import { listSentMail } from '../db/queries/mail/listSentMail.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/sent-mail?limit&offset`: the site's mail log, newest first, written-not-delivered marked so. */
export function sentMailRoutes({ db }: AppDeps) {
  return new Hono().get('/:siteKey/sent-mail', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    return c.json(listSentMail(db, site.id, validate(sentMailQuerySchema, c.req.query())));
  });
}
