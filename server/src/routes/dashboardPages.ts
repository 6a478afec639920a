import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from '../appContext.ts';
import { hasRole, type Role } from '../../../shared/roles.ts';
import { currentSession, refreshCsrfCookie } from '../auth/sessionCookie.ts';
import { cookiesSecure } from '../http/publicOrigin.ts';
import { readStaticFile } from './staticFile.ts';

// No inline scripts or styles anywhere in the dashboard: a comment that slipped
// past escaping still could not run.
export const DASHBOARD_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The product team's pages: `/login`, the app shell at `/`, and its assets. */
export function dashboardRoutes({ db, config }: AppDeps) {
  const shell = async (c: Context) => {
    const page = await readStaticFile(config.dashboardDir, 'index.html');
    if (!page) return c.text('The dashboard is not built. Run npm run build.', 503);
    c.header('Cache-Control', 'no-store');
    return c.html(new TextDecoder().decode(page.body));
  };
  // Signed-out visitors go to sign-in and come back to the view they asked for.
  // A role below the page's gets the page (which says why) with a 403.
  const pageFor = (c: Context, need: Role) => {
    const session = currentSession(c, db, config.now());
    if (session) {
      refreshCsrfCookie(c, session, cookiesSecure(c, config));
      if (!hasRole(session.role, need)) c.status(403);
      return shell(c);
    }
    const url = new URL(c.req.url);
    return c.redirect(`/login?return=${encodeURIComponent(url.pathname + url.search)}`);
  };
  const signedIn = (c: Context) => pageFor(c, 'viewer');
  const adminsOnly = (c: Context) => pageFor(c, 'admin');
  const headers = secureHeaders({ contentSecurityPolicy: DASHBOARD_CSP, referrerPolicy: 'same-origin' });
  return new Hono()
    .use('/', headers)
    .use('/login', headers)
    .use('/journeys', headers)
    .use('/journey-map', headers)
    .use('/fix-first', headers)
    .use('/themes', headers)
    .use('/channels', headers)
    .use('/touchpoints', headers)
    .use('/surveys', headers)
    .use('/inbox', headers)
    .use('/case', headers)
    .use('/loop', headers)
    .use('/routing', headers)
    .use('/sent-mail', headers)
    .use('/site-settings', headers)
    .use('/campaigns', headers)
    .use('/campaign', headers)
    .use('/team', headers)
    .use('/webhooks', headers)
    .use('/import', headers)
    .use('/api-tokens', headers)
    .use('/password', headers)
    .use('/assets/*', headers)
    .get('/', signedIn)
    .get('/journeys', signedIn)
    .get('/journey-map', signedIn)
    .get('/fix-first', signedIn)
    .get('/themes', signedIn)
    .get('/channels', signedIn)
    .get('/touchpoints', signedIn)
    .get('/surveys', signedIn)
    .get('/inbox', signedIn)
    .get('/case', signedIn)
    .get('/loop', signedIn)
    .get('/routing', signedIn)
    .get('/sent-mail', signedIn)
    .get('/site-settings', signedIn)
    .get('/campaigns', signedIn)
    .get('/campaign', signedIn)
    .get('/team', adminsOnly)
    .get('/webhooks', adminsOnly)
    .get('/import', adminsOnly)
    .get('/api-tokens', signedIn)
    .get('/password', signedIn)
    .get('/login', shell)
    .get('/assets/:file{[A-Za-z0-9_.-]+}', async (c) => {
      const asset = await readStaticFile(config.dashboardDir, `assets/${c.req.param('file')}`);
      if (!asset) return c.notFound();
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      c.header('Content-Type', asset.type);
      return c.body(asset.body);
    });
}
