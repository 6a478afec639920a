import { Command, InvalidArgumentError } from 'commander';
import { copyToPostgres, type CopyOptions, type CopyResult } from '../db/copyToPostgres/copyToPostgres.ts';
import type { CopyHooks } from '../db/copyToPostgres/copyTable.ts';
import { CopyRefused } from '../db/copyToPostgres/CopyRefused.ts';
import { withoutPassword } from '../db/copyToPostgres/targetClient.ts';
import { sqliteFileOf, storageIn } from '../db/storage.ts';
import { CliError, type CliIo } from './cliIo.ts';
import { printTable } from './printTable.ts';

/** At most one progress line per table this often, and one when it is done. */
const PROGRESS_EVERY_MS = 2000;

/**
 * `touchpoint migrate-to-postgres --to URL [--from FILE]`: the whole history
 * into PostgreSQL, resumable and verified. `hooks` are for tests only.
 */
export function migrateToPostgresCommand(io: CliIo, hooks?: CopyHooks): Command {
  return new Command('migrate-to-postgres')
    .description(
      'copy the SQLite database into an empty PostgreSQL database: every table, in batches, resumable (run it again after a crash or Ctrl-C), ' +
        'then verified by row counts and checksums per table. It copies the file as it is when the copy starts: stop the collector first, ' +
        'or what it stores after that is not copied.',
    )
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user:password@host:port/name (empty, or holding an interrupted copy)')
    .option('--from <file>', 'the SQLite file (default: TOUCHPOINT_DATA_DIR/touchpoint.db)')
    .option('--batch <rows>', 'rows per batch and transaction', (v) => positiveInteger(v), 2000)
    .action(async (options: { to: string; from?: string; batch: number }) => {
      // The data directory's SQLite file even when TOUCHPOINT_DATABASE_URL is already set: that is the move's destination, not its source.
      const from = options.from ?? sqliteFileOf(storageIn(io.dataDir), 'migrate-to-postgres');
      io.out(`Copying ${from} to ${withoutPassword(options.to)}.`);
      io.out('The copy reads the file as it is now: rows the collector stores from now on are not copied (stop the collector for a complete move).');
      const result = await runCopy(io, { from, to: options.to, now: io.now, batchRows: options.batch, hooks });
      report(io, result);
    });
}

async function runCopy(io: CliIo, options: CopyOptions): Promise<CopyResult> {
  const lastShown = new Map<string, number>();
  try {
    return await copyToPostgres({
      ...options,
      onStart: ({ tables, resumed }) => io.out(resumed ? `Resuming an earlier copy: ${tables} tables.` : `${tables} tables.`),
      onProgress: (p) => {
        const at = io.now();
        if (!p.done && at - (lastShown.get(p.table) ?? 0) < PROGRESS_EVERY_MS) return;
        lastShown.set(p.table, at);
        io.out(`  ${p.table}: ${p.rows.toLocaleString('en')} rows${p.done ? ', done' : ''} (${Math.round(p.rowsPerSecond).toLocaleString('en')} rows/s)`);
      },
    });
  } catch (error) {
    if (error instanceof CopyRefused) throw new CliError(error.message);
    throw error;
  }
}

function report(io: CliIo, result: CopyResult): void {
  printTable(
    io,
    ['table', 'rows', 'checksum', 'ok'],
    result.tables.map((t) => [t.table, t.target.rows.toLocaleString('en'), t.target.checksum.slice(0, 16), t.ok ? 'ok' : 'MISMATCH']),
  );
  if (result.sourceChanged) {
    io.err('Warning: the SQLite file was written to during the copy (is the collector running?): those rows are not in PostgreSQL.');
  }
  const wrong = result.tables.filter((t) => !t.ok);
  if (wrong.length > 0) {
    const lines = wrong.map((t) => `  ${t.table}: source ${t.source.rows} rows, ${t.source.checksum}; PostgreSQL ${t.target.rows} rows, ${t.target.checksum}`);
    throw new CliError(
      ['The copy does not match the source:', ...lines, 'Copy again into an empty database (with the collector stopped).'].join('\n'),
    );
  }
  const rows = result.tables.reduce((sum, t) => sum + t.target.rows, 0);
  io.out(`Copied and verified ${rows.toLocaleString('en')} rows in ${result.tables.length} tables.`);
  io.out('Next: set TOUCHPOINT_DATABASE_URL to this database in the collector\'s environment and start the collector; keep the SQLite file until you are satisfied.');
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive whole number');
  return n;
}
