import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, loadOtherRoutes } from './app.ts';
import { openCasesFromNewFeedback } from './cases/openCasesFromNewFeedback.ts';
import { failInterruptedImports } from './db/queries/imports/failInterruptedImports.ts';
import { loadAdminToken } from './auth/adminToken.ts';
import type { ServerSettings } from './config.ts';
import type { Db } from './db/openDatabase.ts';
import { openStorage } from './db/openStorage.ts';
import { storageIn } from './db/storage.ts';
import { syncSiteDayOffsets } from './db/queries/sites/setSiteDayOffsets.ts';
import { closeInOrder } from './http/closeInOrder.ts';
import { gracefulClose } from './http/gracefulClose.ts';
import { ingestionCounters } from './http/ingestionCounters.ts';
import { onClientError } from './http/onClientError.ts';
import { groupCommit } from './ingest/groupCommit.ts';
import { DEFAULT_MAIL_FROM } from './cases/assignmentMail.ts';
import { startIngestWriter } from './ingest/ingestWriter.ts';
import { startCommentTermsJob } from './jobs/commentTerms.ts';
import { startRatingDaysRecountJob } from './jobs/ratingDaysRecount.ts';
import { startRetentionJob } from './jobs/retention.ts';
import { mailTransport } from './mail/mailTransport.ts';
import { startMailRelay } from './mail/mailRelay.ts';
import { startAlertJobs } from './jobs/alertJobs.ts';
import { startCampaignReminderJob } from './jobs/campaignReminders.ts';
import { startWebhookRelay } from './webhooks/relay.ts';
import { viewWorkerPool } from './views/viewWorkerPool.ts';

/** The ingest writer thread's entry beside this file: `.ts` under tsx, `.js` once built (server/vite.config.ts). */
const INGEST_WRITER_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './ingestWriterWorker.ts' : './ingestWriterWorker.js', import.meta.url);

/** How long a shutdown waits for requests in flight before cutting them. */
const SHUTDOWN_GRACE_MS = 10_000;
/**
 * Threads reading the dashboard's views beside the main one: two let one view
 * be read while another is, on the 2-core machine the collector is sized for;
 * more would only share the same cores.
 */
const VIEW_WORKERS = 2;
/**
 * The periodic jobs (retention, alerts, reminders, the webhook relay) start
 * this long after listening: none is needed for the first 202s,
 * and loading and running their first queries would compete with them for the
 * CPU of a starting collector (issue 15: under a second to the first 202).
 */
const JOBS_AFTER_LISTEN_MS = 1_000;

export interface RunningCollector {
  url: string;
  db: Db;
  adminToken: string;
  adminTokenGenerated: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database, the SQLite file in the data directory or PostgreSQL
 * (a failing migration throws a MigrationError naming it; an unreachable server, its address),
 * builds the app, listens, and runs the retention job. `close()` stops accepting
 * connections, lets requests in flight finish, then closes the database.
 */
export async function startCollector(settings: ServerSettings & { now?: () => number }): Promise<RunningCollector> {
  // On PostgreSQL too: the admin token and mail written as files stay in the data directory (the visitor salt is in the database there, shared by every collector).
  mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 });
  const storage = storageIn(settings.dataDir, settings.postgres);
  const now = settings.now ?? Date.now;
  const db = openStorage(storage, now());
  // A site's rating rollups in its own zone's days (after migration 34, or new zone rules from Intl): marked here, recounted by a job.
  syncSiteDayOffsets(db);
  // Ingest commits on a thread of its own, so an fsync never holds the event loop.
  // The address case mail uses when a site names none (routes/cases.ts).
  const mailFrom = settings.mailFrom ?? DEFAULT_MAIL_FROM;
  const caseMail = { from: mailFrom, dashboardUrl: settings.publicUrl };
  const ingestWriter = startIngestWriter(db, { storage, entry: INGEST_WRITER_ENTRY, now, mail: caseMail });
  const { token, generated } = loadAdminToken(settings.dataDir, settings.adminTokenFromEnv);
  // Feedback stored before a crash or stop that had not become cases yet, and mail committed but not sent.
  openCasesFromNewFeedback(db, now(), caseMail);
  failInterruptedImports(db, now());
  const mail = startMailRelay(db, mailTransport({ smtpUrl: settings.smtpUrl, dataDir: settings.dataDir }), now);
  // Views read on their own threads and connections, so ingestion and the public config never wait for one.
  const views = viewWorkerPool({ storage, size: VIEW_WORKERS });
  const app = createApp({
    db,
    views,
    config: {
      adminToken: token,
      widgetDir: settings.widgetDir,
      dashboardDir: settings.dashboardDir,
      secureCookies: settings.publicUrl?.startsWith('https:') ?? false,
      publicUrl: settings.publicUrl,
      limits: settings.limits,
      trustProxy: settings.trustProxy,
      dropBots: settings.dropBots ?? true,
      allowHeadless: settings.allowHeadless,
      allowPrivateWebhooks: settings.allowPrivateWebhooks,
      now,
      mail,
      mailFrom: settings.mailFrom,
    },
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () => resolve(s));
  });
  const http = server as Server;
  http.on('clientError', onClientError);
  const shutdown = gracefulClose(http);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host === '0.0.0.0' ? 'localhost' : settings.host;
  const startJobs = () => ({
    retention: startRetentionJob(db, now),
    alerts: startAlertJobs(db, now, { from: mailFrom, dashboardUrl: settings.publicUrl, relay: mail }),
    reminders: startCampaignReminderJob(db, now, { defaultFrom: mailFrom, publicUrl: settings.publicUrl ?? `http://${host}:${port}`, relay: mail }),
    relay: startWebhookRelay(db, { now, allowPrivate: settings.allowPrivateWebhooks ?? false, dashboardUrl: settings.publicUrl, mailFrom, mail }),
    ratingDays: startRatingDaysRecountJob(db),
  });
  // Comments stored before a stop without their terms are split at once, as ingest's own consumer would split them.
  const commentTerms = startCommentTermsJob(db);
  let jobs: ReturnType<typeof startJobs> | undefined;
  const jobsTimer = setTimeout(() => {
    jobs = startJobs();
    // The dashboard's routes too, so its first request does not wait for them to load.
    loadOtherRoutes(app).catch((err) => console.error('[touchpoint] loading the dashboard’s routes failed', err));
  }, JOBS_AFTER_LISTEN_MS);
  return {
    url: settings.publicUrl ?? `http://${host}:${port}`,
    db,
    adminToken: token,
    adminTokenGenerated: generated,
    close: () => {
      clearTimeout(jobsTimer); // a shutdown within the first second starts no job
      return closeInOrder([
        { name: 'requests in flight', run: () => shutdown.close(SHUTDOWN_GRACE_MS) },
        { name: 'the view threads', run: () => views.close() },
        { name: 'the retention job', run: () => jobs?.retention.stop() },
        { name: 'the comment terms job', run: () => commentTerms.stop() },
        { name: 'the rating days recount', run: () => jobs?.ratingDays.stop() },
        { name: 'the ingest writer thread', run: () => ingestWriter.close() },
        { name: 'group commit', run: () => groupCommit(db).stop() },
        { name: 'the alert jobs', run: () => jobs?.alerts.stop() },
        { name: 'the campaign reminders', run: () => jobs?.reminders.stop() },
        { name: 'the webhook relay', run: () => jobs?.relay.stop() },
        { name: 'the mail relay', run: () => mail.stop() },
        { name: 'the ingestion counters', run: () => ingestionCounters(db).flush() },
        { name: 'the database', run: () => db.close() },
      ]);
    },
  };
}
