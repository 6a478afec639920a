// `npm start`: the collector and dashboard, plus the demo shop with its site
// registered with its checkout journey (and, the first time, seeded with 30 days
// of ratings and checkout visits with abandonment).
//
// Environment: PORT, HOST, TOUCHPOINT_DATA_DIR, TOUCHPOINT_ADMIN_TOKEN and
// TOUCHPOINT_PUBLIC_URL as for the collector; DEMO_PORT (default 5173) and
// DEMO_HOST (default: all interfaces) for the demo shop.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { settingsFromEnv, type ServerSettings } from '../server/src/config.ts';
import { startCollector, type RunningCollector } from '../server/src/startCollector.ts';
import { CollectorError } from './collectorApi.ts';
import { DEMO_SITE_NAME, ensureDemoSite } from './ensureDemoSite.ts';
import { demoPortFromEnv } from './env.ts';
import { seedDemoSite, seededMessage } from './seedDemo.ts';
import { embedSnippet, startDemoServer, type RunningDemoServer } from './serveDemo.ts';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function listenErrorMessage(err: NodeJS.ErrnoException & { port?: number }, what: string, envVar: string): string | undefined {
  if (err.code === 'EADDRINUSE') {
    return `Cannot start the ${what}: port ${err.port ?? ''} is already in use (is Touchpoint already running?). Stop the other process or set ${envVar}.`;
  }
  if (err.code === 'EACCES') return `Cannot start the ${what}: no permission to listen on port ${err.port ?? ''}. Set ${envVar}.`;
  return undefined;
}

/** How this process reaches its own collector's API, even when the public URL is a proxy. */
function collectorApiUrl(settings: ServerSettings, collector: RunningCollector): string {
  const port = settings.publicUrl ? settings.port : Number(/:(\d+)\/?$/.exec(collector.url)?.[1] ?? settings.port);
  if (!port) return collector.url;
  const host = ['0.0.0.0', '::', ''].includes(settings.host) ? '127.0.0.1' : settings.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function main() {
  // The demo runs on one machine: its webhooks may point at a receiver on localhost.
  const settings = { ...settingsFromEnv(), allowPrivateWebhooks: true };
  const demoPort = demoPortFromEnv();

  // The collector's listen errors surface as an uncaught 'error' event.
  const onListenError = (err: Error) => {
    fail(listenErrorMessage(err, 'collector', 'PORT') ?? String(err.stack ?? err));
  };
  process.on('uncaughtException', onListenError);
  const collector = await startCollector(settings);
  process.off('uncaughtException', onListenError);

  let demo: RunningDemoServer | undefined;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) process.exit(1); // a second Ctrl+C: stop waiting
      stopping = true;
      console.log('\nStopping…');
      await Promise.all([demo?.close(), collector.close()]);
      process.exit(0);
    });
  }

  const apiUrl = collectorApiUrl(settings, collector);
  const api = { collectorUrl: apiUrl, adminToken: collector.adminToken };
  let site: { key: string; created: boolean };
  try {
    site = await ensureDemoSite({ ...api, demoPort });
  } catch (err) {
    await collector.close();
    fail(`Could not set up the demo site: ${err instanceof Error ? err.message : err}`);
  }

  let seeded = '';
  if (site.created) {
    try {
      seeded = seededMessage(await seedDemoSite({ ...api, siteKey: site.key, dataDir: settings.dataDir }), DEMO_SITE_NAME);
    } catch (err) {
      const message = err instanceof CollectorError ? err.message : String(err);
      seeded = `Seeding the demo site failed (${message}). Try again with npm run demo:seed.`;
    }
  }

  try {
    demo = await startDemoServer({
      port: demoPort,
      host: process.env.DEMO_HOST || undefined,
      collectorUrl: collector.url,
      siteKey: site.key,
    });
  } catch (err) {
    await collector.close();
    fail(listenErrorMessage(err as Error, 'demo shop', 'DEMO_PORT') ?? String(err));
  }

  const tokenLine = collector.adminTokenGenerated
    ? `${collector.adminToken}\n                 Shown this once. It is stored in ${join(settings.dataDir, 'admin-token')}.`
    : settings.adminTokenFromEnv
      ? 'from TOUCHPOINT_ADMIN_TOKEN'
      : `stored in ${join(settings.dataDir, 'admin-token')}`;

  const warnings: string[] = [];
  if (!existsSync(join(settings.dashboardDir, 'index.html'))) {
    warnings.push('The dashboard is not built yet: run npm run build (npm start does it for you).');
  }
  if (!existsSync(join(settings.widgetDir, 'tp.js'))) {
    warnings.push('The widget is not built yet, so the demo shop shows no feedback tab: run npm run build.');
  }

  const snippet = embedSnippet(collector.url, site.key)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

  console.log(
    [
      '',
      'Touchpoint is running.',
      '',
      `  Dashboard      ${collector.url}/`,
      `  Admin token    ${tokenLine}`,
      `  Demo shop      ${demo.url}/`,
      '',
      site.created
        ? `Created the site "${DEMO_SITE_NAME}" (key ${site.key}).`
        : `Using the site "${DEMO_SITE_NAME}" (key ${site.key}). Add demo data with npm run demo:seed.`,
      ...(seeded ? [seeded] : []),
      '',
      `Embed snippet for "${DEMO_SITE_NAME}" (paste it into the <head> of your pages):`,
      '',
      snippet,
      '',
      ...warnings.map((w) => `Note: ${w}`),
      ...(warnings.length ? [''] : []),
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  // Settings and API errors explain themselves; DEBUG=1 shows where anything else came from.
  fail(err instanceof Error ? (process.env.DEBUG ? String(err.stack) : err.message) : String(err));
});
