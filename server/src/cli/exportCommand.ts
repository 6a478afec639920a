import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { dateRangeQuerySchema } from '../../../shared/schemas/summary.ts';
import { boundInstant } from '../../../shared/time/localDays.ts';
import { exportStream, type ExportFormat } from '../export/exportStream.ts';
import { OWNER_ONLY } from '../db/ownerOnly.ts';
import { validate } from '../http/validate.ts';
import { withDatabase, type CliIo } from './cliIo.ts';
import { requireSiteKey } from './requireSiteKey.ts';

/**
 * `touchpoint export --site KEY`: the same rows, columns and CSV safety as
 * `GET /api/sites/:siteKey/export.csv|ndjson`, to a new file or stdout.
 */
export function exportCommand(io: CliIo): Command {
  return new Command('export')
    .description("write a site's responses (or survey answers) of a range as CSV or NDJSON, to a file or stdout")
    .requiredOption('--site <key>', 'the site')
    .option('--from <date>', "first day (YYYY-MM-DD, in the site's time zone) or an ISO instant; default: the beginning")
    .option('--to <date>', "last day, included (YYYY-MM-DD, in the site's time zone), or an ISO instant, excluded; default: now")
    .addOption(new Option('--format <format>', 'default: from the file name, else csv').choices(['csv', 'ndjson']))
    .option('--survey-answers', 'export the answered survey questions instead of the responses')
    .option('-o, --output <file>', 'a new file to write (owner-only); default: stdout')
    .action(async (options: { site: string; from?: string; to?: string; format?: ExportFormat; surveyAnswers?: boolean; output?: string }) => {
      const query = validate(dateRangeQuerySchema, { from: options.from, to: options.to });
      const format = options.format ?? (options.output?.toLowerCase().endsWith('.ndjson') ? 'ndjson' : 'csv');
      await withDatabase(io, async (db) => {
        const site = requireSiteKey(db, options.site);
        const range = {
          siteId: site.id,
          from: query.from ? boundInstant(query.from, site.timeZone, 'from') : 0,
          to: query.to ? boundInstant(query.to, site.timeZone, 'to') : io.now(),
        };
        const table = options.surveyAnswers ? 'survey_answers' : 'responses';
        // 'wx': an export holds personal data and never overwrites a file.
        const target = options.output ? createWriteStream(options.output, { flags: 'wx', mode: OWNER_ONLY }) : io.stdout;
        if (options.output) await once(target, 'open');
        const reader = exportStream(db, table, range, format).getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
          if (!target.write(next.value)) await once(target, 'drain');
        }
        if (options.output) {
          target.end();
          await once(target, 'finish');
          io.err(`Wrote ${options.output}.`);
        }
      });
    });
}
