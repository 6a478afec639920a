import { Hono } from 'hono';
import type { AppDeps } from '../appContext.ts';
import { recordOptOut, recordRecovery } from '../cases/recordMailLink.ts';
import { findSiteById } from '../db/queries/sites/findSiteById.ts';
import { ApiError } from '../http/ApiError.ts';
import { optOutConfirmPage, optOutDonePage } from '../mail/optOutPage.ts';
import { verifyLink } from '../mail/signedLink.ts';

const invalid = () => new ApiError(404, 'not_found', 'This link is not valid.');

/**
 * The links in mail to shoppers, signed (mail/signedLink.ts):
 * - `GET /v1/mail/opt-out/:token` asks to confirm (mail scanners open links; they must not opt anyone out);
 *   `POST` opts out at once: the RFC 8058 one-click request mail clients send (`List-Unsubscribe=One-Click`) and the page's button.
 * - `GET /v1/mail/back/:token`: records on the case that the shopper came back, then redirects to the shop.
 */
export function mailLinkRoutes({ db, config }: AppDeps) {
  const siteNameOf = (siteId: number) => {
    const site = findSiteById(db, siteId);
    if (!site) throw invalid();
    return site.name;
  };
  return new Hono()
    .get('/mail/opt-out/:token', (c) => {
      const link = verifyLink(db, c.req.param('token'));
      if (link?.kind !== 'opt-out') throw invalid();
      return c.html(optOutConfirmPage(link.lang ?? 'en', siteNameOf(link.site)));
    })
    .post('/mail/opt-out/:token', (c) => {
      const link = verifyLink(db, c.req.param('token'));
      if (link?.kind !== 'opt-out') throw invalid();
      recordOptOut(db, link.site, link.email, config.now());
      return c.html(optOutDonePage(link.lang ?? 'en', siteNameOf(link.site)));
    })
    .get('/mail/back/:token', (c) => {
      const link = verifyLink(db, c.req.param('token'));
      if (link?.kind !== 'back') throw invalid();
      recordRecovery(db, link.site, link.case, config.now());
      return c.redirect(link.to, 302);
    });
}
