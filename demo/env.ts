import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CollectorError } from './collectorApi.ts';
import { DEFAULT_DEMO_PORT } from './ensureDemoSite.ts';

/** TOUCHPOINT_ADMIN_TOKEN, or the admin-token file in TOUCHPOINT_DATA_DIR (default ./data). */
export function readAdminToken(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TOUCHPOINT_ADMIN_TOKEN) return env.TOUCHPOINT_ADMIN_TOKEN.trim();
  const file = join(resolve(env.TOUCHPOINT_DATA_DIR ?? './data'), 'admin-token');
  if (!existsSync(file)) {
    throw new CollectorError(
      `No admin token: TOUCHPOINT_ADMIN_TOKEN is not set and ${file} does not exist. ` +
        'Start the collector with npm start first (it creates the token), or set TOUCHPOINT_ADMIN_TOKEN or TOUCHPOINT_DATA_DIR.',
    );
  }
  return readFileSync(file, 'utf8').trim();
}

/** DEMO_PORT (default 5173): where the demo shop listens, and so which origins its site allows. */
export function demoPortFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.DEMO_PORT || DEFAULT_DEMO_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CollectorError(`DEMO_PORT must be a port number from 1 to 65535, got ${env.DEMO_PORT}`);
  }
  return port;
}
