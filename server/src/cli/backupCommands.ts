import { Command } from 'commander';
import { backupDatabase } from '../backup/backupDatabase.ts';
import { restoreDatabase } from '../backup/restoreDatabase.ts';
import { databaseFile, type CliIo } from './cliIo.ts';

/** `touchpoint backup FILE`: an online copy, safe while the collector runs. */
export function backupCommand(io: CliIo): Command {
  return new Command('backup')
    .description('copy the database to FILE, a new file (safe while the collector runs); checks the copy')
    .argument('<file>', 'where the copy goes; must not exist yet')
    .action(async (file: string) => {
      const database = databaseFile(io, 'backup');
      const { pages } = await backupDatabase(database, file);
      io.out(`Backed up ${database} to ${file} (${pages} pages, integrity ok).`);
    });
}

/** `touchpoint restore FILE`: a checked copy replaces the database; the old one is kept beside it. */
export function restoreCommand(io: CliIo): Command {
  return new Command('restore')
    .description('replace the database with FILE after checking it (stop the collector first)')
    .argument('<file>', 'a backup made by `backup`')
    .action((file: string) => {
      const database = databaseFile(io, 'restore');
      const { kept } = restoreDatabase(file, database, new Date(io.now()));
      io.out(`Restored ${database} from ${file} (integrity ok).`);
      if (kept) io.out(`The database it replaced is kept as ${kept}.`);
      io.out('Start the collector again; it brings the schema up to date if the backup is older.');
    });
}
