import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadAdminToken } from './auth/adminToken.ts';
import type { ServerSettings } from './config.ts';
import { openDatabase, type Db } from './db/openDatabase.ts';

export interface RunningCollector {
  url: string;
  db: Db;
  adminToken: string;
  adminTokenGenerated: boolean;
  close(): Promise<void>;
}

/** Opens the database, builds the app and listens; `close()` stops and closes the database. */
export async function startCollector(settings: ServerSettings): Promise<RunningCollector> {
  mkdirSync(settings.dataDir, { recursive: true });
  const db = openDatabase(join(settings.dataDir, 'touchpoint.db'));
  const { token, generated } = loadAdminToken(settings.dataDir, settings.adminTokenFromEnv);
  const app = createApp({
    db,
    config: {
      adminToken: token,
      widgetDir: settings.widgetDir,
      dashboardDir: settings.dashboardDir,
      secureCookies: settings.publicUrl?.startsWith('https:') ?? false,
    },
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host === '0.0.0.0' ? 'localhost' : settings.host;
  return {
    url: settings.publicUrl ?? `http://${host}:${port}`,
    db,
    adminToken: token,
    adminTokenGenerated: generated,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Idle keep-alive sockets would hold close() open; give in-flight
        // requests a moment to finish before cutting the rest.
        const http = server as unknown as { closeIdleConnections?(): void; closeAllConnections?(): void };
        http.closeIdleConnections?.();
        setTimeout(() => http.closeAllConnections?.(), 2000).unref();
      }),
  };
}
