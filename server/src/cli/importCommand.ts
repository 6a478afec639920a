import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { LIMITS } from '../../../shared/limits.ts';
import { importRequestSchema } from '../../../shared/schemas/import.ts';
import { importResponses } from '../ingest/importResponses.ts';
import { CliError, withDatabase, type CliIo } from './cliIo.ts';
import { readImportFile, type ImportFormat, type ImportLine } from './readImportFile.ts';
import { importWithMapping } from './importWithMapping.ts';
import { mappingSite } from './mappingSite.ts';
import { requireSiteKey } from './requireSiteKey.ts';
import { IMPORT_MODES } from '../../../shared/importOptions.ts';
import type { ImportMode } from '../../../shared/schemas/importJob.ts';

/** At most this many problems are listed: enough to fix a file, short enough to read. */
const PROBLEMS_SHOWN = 50;

/**
 * `touchpoint import FILE --site KEY`: past responses from NDJSON or CSV,
 * checked by the same schema and stored by the same code as
 * `POST /api/sites/:siteKey/import`. The whole file is checked first and
 * nothing is stored if any line is wrong; then it is stored in batches of the
 * API's size. Ids already stored are skipped, so running it twice adds nothing.
 */
export function importCommand(io: CliIo): Command {
  return new Command('import')
    .description(
      'import past responses: an export from another tool (CSV or XLSX) read with a saved mapping (--mapping), ' +
        'or page ratings, journey events, "What stopped you?" and survey answers written as the API takes them (NDJSON or CSV)',
    )
    .argument('<file>', 'the file, or - for stdin (not with --mapping)')
    .option('--site <key>', 'the site they belong to (with --mapping, optional when one site saved a mapping of that name)')
    .option('--mapping <name>', "a column mapping saved on the dashboard's Import page: reads any CSV or XLSX export with it")
    .addOption(
      new Option('--mode <mode>', 'with --mapping: all-or-nothing stores nothing if a row is invalid; valid-only stores the valid rows and lists the rest')
        .choices(IMPORT_MODES)
        .default('all-or-nothing'),
    )
    .addOption(new Option('--format <format>', 'without --mapping: how the file is written (default: from its extension, else ndjson)').choices(['ndjson', 'csv']))
    .addHelpText('after', '\nProgress goes to stderr, the report to stdout. Exit code 1 when nothing was imported.')
    .action(async (file: string, options: { site?: string; format?: ImportFormat; mapping?: string; mode: ImportMode }, command: Command) => {
      if (options.mapping !== undefined) {
        const mappingName = options.mapping;
        if (file === '-') throw new CliError('--mapping reads a file, not stdin: it is streamed from disk.');
        return withDatabase(io, (db) => importWithMapping(db, io, { site: mappingSite(db, options.site, mappingName), file, mappingName, mode: options.mode }));
      }
      if (options.site === undefined) return command.error("error: required option '--site <key>' not specified");
      const siteKey = options.site;
      const format = options.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
      const text = file === '-' ? await io.readStdin() : readFileSync(file, 'utf8');
      let lines: ImportLine[];
      try {
        lines = readImportFile(text, format);
      } catch (err) {
        throw new CliError(`${file}: ${(err as Error).message}`);
      }
      if (lines.length === 0) throw new CliError(`${file} holds nothing to import.`);
      const now = io.now();
      const batches = chunks(lines, LIMITS.importBatch);
      const problems = batches.flatMap((batch) => problemsOf(batch, now));
      if (problems.length > 0) {
        for (const problem of problems.slice(0, PROBLEMS_SHOWN)) io.err(problem);
        throw new CliError(`${file}: ${problems.length} problem(s); nothing was imported.`);
      }
      await withDatabase(io, (db) => {
        const site = requireSiteKey(db, siteKey);
        let inserted = 0;
        for (const batch of batches) inserted += importResponses(db, site, { responses: batch.map((l) => l.item) }, now).inserted;
        io.out(`Imported ${inserted} of ${lines.length} into ${site.name} (${site.key}); ${lines.length - inserted} were already stored.`);
      });
    });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The schema's complaints about one batch, each named by the file line it is about. */
function problemsOf(batch: ImportLine[], now: number): string[] {
  const result = importRequestSchema(now).safeParse({ responses: batch.map((l) => l.item) });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [, row, ...field] = issue.path.map(String);
    const line = batch[Number(row)]?.line;
    return `line ${line ?? '?'}: ${field.length > 0 ? field.join('.') + ': ' : ''}${issue.message}`;
  });
}
