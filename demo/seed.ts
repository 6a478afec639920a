// `npm run demo:seed`: fills the demo site of a running collector with 30 days
// of ratings and checkout visits with abandonment (declaring the checkout journey
// if missing). Safe to run again: what is already there is not added twice.
//
//   TOUCHPOINT_URL          the collector (default http://localhost:8787)
//   TOUCHPOINT_ADMIN_TOKEN  the admin token; if unset it is read from
//   TOUCHPOINT_DATA_DIR     this directory's admin-token file (default ./data)
//   DEMO_PORT               the demo shop's port, which its site's origins use (default 5173)

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CollectorError } from './collectorApi.ts';
import { DEMO_SITE_NAME, ensureDemoSite } from './ensureDemoSite.ts';
import { demoPortFromEnv, readAdminToken } from './env.ts';
import { seedDemoSite, seededMessage } from './seedDemo.ts';

try {
  const collectorUrl = (process.env.TOUCHPOINT_URL || 'http://localhost:8787').replace(/\/+$/, '');
  const adminToken = readAdminToken();
  const site = await ensureDemoSite({ collectorUrl, adminToken, demoPort: demoPortFromEnv() });
  if (site.created) console.log(`Created the site "${DEMO_SITE_NAME}" (${site.key}).`);
  // The cases' history is written beside a collector on this machine; a remote one gets the feedback only.
  const dataDir = resolve(process.env.TOUCHPOINT_DATA_DIR ?? './data');
  const local = existsSync(join(dataDir, 'touchpoint.db'));
  const result = await seedDemoSite({ collectorUrl, adminToken, siteKey: site.key, dataDir: local ? dataDir : undefined });
  console.log(seededMessage(result, DEMO_SITE_NAME));
} catch (err) {
  console.error(err instanceof CollectorError ? `Seeding failed: ${err.message}` : err);
  process.exit(1);
}
