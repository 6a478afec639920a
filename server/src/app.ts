import { Hono } from 'hono';
import type { RouterRoute } from 'hono/types';
import type { AppDeps } from './appContext.ts';
import { IngestionGuard } from './http/ingestionGuard.ts';
import { notFound, onError } from './http/onError.ts';
import { publicCors } from './http/publicCors.ts';
import { registerCommitConsumers } from './jobs/commitConsumers.ts';
import { collectRoutes } from './routes/collect.ts';
import { DEFAULT_MAIL_FROM } from './cases/assignmentMail.ts';
import { hostedAnswerRoutes } from './routes/hostedAnswers.ts';
import { mailLinkRoutes } from './routes/mailLinks.ts';
import { siteConfigRoutes } from './routes/siteConfig.ts';
import { inProcessViews } from './views/inProcessViews.ts';

export type { AppConfig, AppDeps } from './appContext.ts';

/**
 * The whole collector as a Hono app: public endpoints for the widget under
 * `/v1`, the admin API under `/api`, the dashboard at `/`. Only the `/v1`
 * routes are built here; the rest (otherRoutes.ts) is loaded and built with
 * the first request that is not for one of them.
 */
export function createApp(appDeps: AppDeps) {
  const deps = { ...appDeps, views: appDeps.views ?? inProcessViews(appDeps.db) };
  const app = new Hono();
  app.onError(onError);
  app.notFound(notFound);

  // Public, called from shoppers' browsers on any site: no credentials, any origin.
  app.use('/v1/*', publicCors());
  // Derived from stored rows after each ingest commit, off the acknowledgement's path.
  registerCommitConsumers(deps.db, deps.config.now, {
    from: deps.config.mailFrom ?? DEFAULT_MAIL_FROM,
    dashboardUrl: deps.config.publicUrl,
    kick: () => deps.config.mail?.kick(),
  });
  // Every write under /v1 is rate limited per client address before its body is read.
  const guard = new IngestionGuard(deps.db, deps.config, deps.config.now);
  app.use('/v1/*', guard.limitAddresses);
  app.route('/v1', collectRoutes({ ...deps, guard }));
  app.route('/v1', siteConfigRoutes(deps));
  app.route('/v1', mailLinkRoutes(deps));
  app.route('/v1', hostedAnswerRoutes({ ...deps, guard }));

  // The rest, loaded with its first request (otherRoutes.ts): the first 202s do not wait for the dashboard's code.
  let rest: Promise<Hono> | undefined;
  const loadRest = () => (rest ??= import('./otherRoutes.ts').then(({ otherRoutes }) => otherRoutes(deps, guard)));
  restOf.set(app, loadRest);
  app.all('*', async (c) => (await loadRest()).fetch(c.req.raw, c.env));
  return app;
}

/** Each app's loader of the routes beyond `/v1` (otherRoutes.ts). */
const restOf = new WeakMap<Hono, () => Promise<Hono>>();

/**
 * Loads and builds the routes beyond `/v1` now rather than with the first
 * request for one (startCollector, once the first 202s are served).
 */
export async function loadOtherRoutes(app: Hono): Promise<void> {
  await restOf.get(app)!();
}

/**
 * Every route `app` answers, those loaded with the first request beyond `/v1`
 * included: what the OpenAPI document and the role table are checked against.
 */
export async function everyRoute(app: Hono): Promise<RouterRoute[]> {
  const rest = await restOf.get(app)!();
  return [...app.routes, ...rest.routes];
}
