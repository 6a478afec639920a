// `npm run touchpoint -- backup FILE` / `npm run touchpoint -- restore FILE` /
// `npm run touchpoint -- user …`, for the database in TOUCHPOINT_DATA_DIR (default ./data).

import { join } from 'node:path';
import { backupDatabase } from './backup/backupDatabase.ts';
import { restoreDatabase } from './backup/restoreDatabase.ts';
import { runUserCommand } from './cli/runUserCommand.ts';
import { USER_USAGE } from './cli/userCommand.ts';
import { settingsFromEnv } from './config.ts';

const USAGE = `Usage:
  npm run touchpoint -- backup FILE    copy the database to FILE (safe while the collector runs)
  npm run touchpoint -- restore FILE   replace the database with FILE (stop the collector first)
${USER_USAGE}

The database is TOUCHPOINT_DATA_DIR/touchpoint.db (default ./data).`;

async function main(args: string[]): Promise<number> {
  const [command, file] = args;
  if (command === 'user') return runUserCommand(args.slice(1));
  if (!file || (command !== 'backup' && command !== 'restore')) {
    console.error(USAGE);
    return 2;
  }
  const database = join(settingsFromEnv().dataDir, 'touchpoint.db');
  if (command === 'backup') {
    const { pages } = await backupDatabase(database, file);
    console.log(`Backed up ${database} to ${file} (${pages} pages, integrity ok).`);
  } else {
    const { kept } = restoreDatabase(file, database);
    console.log(`Restored ${database} from ${file} (integrity ok).`);
    if (kept) console.log(`The database it replaced is kept as ${kept}.`);
    console.log('Start the collector again; it brings the schema up to date if the backup is older.');
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
