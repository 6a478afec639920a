import { settingsFromEnv } from './config.ts';
import { startCollector } from './startCollector.ts';

// Wires the collector to a port; everything else lives in createApp().
const collector = await startCollector(settingsFromEnv());
console.log(`Touchpoint collector and dashboard: ${collector.url}`);
if (collector.adminTokenGenerated) {
  console.log(`Admin token (shown once; also in the data directory): ${collector.adminToken}`);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await collector.close();
    process.exit(0);
  });
}
