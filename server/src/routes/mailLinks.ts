import { Hono } from 'hono';
import type { AppDeps } from '../appContext.ts';
import { recordOptOut, recordRecovery } from '../cases/recordMailLink.ts';
import { ApiError } from '../http/ApiError.ts';
import { verifyLink } from '../mail/signedLink.ts';

function page(title: string, body: string): string {
  // No script and no outside resource: the page works under any policy.
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title><body style="font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;
}

const invalid = () => new ApiError(404, 'not_found', 'This link is not valid.');

/**
 * The links in mail to shoppers, signed (mail/signedLink.ts):
 * - `GET /v1/mail/opt-out/:token` asks to confirm (mail scanners open links; they must not opt anyone out);
 *   `POST` opts out at once: the RFC 8058 one-click request mail clients send (`List-Unsubscribe=One-Click`) and the page's button.
 * - `GET /v1/mail/back/:token`: records on the case that the shopper came back, then redirects to the shop.
 */
export function mailLinkRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/mail/opt-out/:token', (c) => {
      const link = verifyLink(db, c.req.param('token'));
      if (link?.kind !== 'opt-out') throw invalid();
      return c.html(
        page(
          'Unsubscribe',
          `<h1>Unsubscribe</h1><p>Get no more e-mail about your feedback?</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
    })
    .post('/mail/opt-out/:token', (c) => {
      const link = verifyLink(db, c.req.param('token'));
      if (link?.kind !== 'opt-out') throw invalid();
      recordOptOut(db, link.site, link.email, config.now());
      return c.html(page('Unsubscribed', '<h1>Unsubscribed</h1><p>You will get no more e-mail about your feedback.</p>'));
    })
    .get('/mail/back/:token', (c) => {
      const link = verifyLink(db, c.req.param('token'));
      if (link?.kind !== 'back') throw invalid();
      recordRecovery(db, link.site, link.case, config.now());
      return c.redirect(link.to, 302);
    });
}
