import { settingsFromEnv } from './config.ts';
import { startCollector, type RunningCollector } from './startCollector.ts';

// Wires the collector to a port; everything else lives in createApp().
let collector: RunningCollector;
try {
  collector = await startCollector(settingsFromEnv());
} catch (err) {
  // E.g. a failing migration (named in the message; the database is unchanged) or a port in use.
  console.error(`Touchpoint did not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
console.log(`Touchpoint collector and dashboard: ${collector.url}`);
if (collector.adminTokenGenerated) {
  console.log(`Admin token (shown once; also in the data directory): ${collector.adminToken}`);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    // Stops accepting, lets requests in flight finish, then closes the database.
    await collector.close();
    process.exit(0);
  });
}
