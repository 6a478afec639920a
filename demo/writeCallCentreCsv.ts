// `npm run demo:call-centre`: writes demo/call-centre.csv, the demo call
// centre's export of the last 60 days, for importing on the dashboard's Import
// page with the saved mapping "Call centre" (which `npm run demo:seed` saves).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { callCentreCsv } from './callCentreCsv.ts';

const HOUR_MS = 3_600_000;
const file = fileURLToPath(new URL('./call-centre.csv', import.meta.url));
// Up to the last whole hour, as the demo seed: the demo's one reading of the wall clock.
writeFileSync(file, callCentreCsv({ now: Math.floor(Date.now() / HOUR_MS) * HOUR_MS }));
console.log(`Wrote ${file}: import it on the dashboard's Import page with the saved mapping "Call centre".`);
