import { Command } from 'commander';
import { createSiteSchema } from '../../../shared/schemas/site.ts';
import { createSite } from '../db/queries/sites/createSite.ts';
import { listSites } from '../db/queries/sites/listSites.ts';
import { validate } from '../http/validate.ts';
import { withDatabase, type CliIo } from './cliIo.ts';
import { printTable } from './printTable.ts';

// No default list: a default would satisfy the required option.
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** `touchpoint site add|list`: the sites whose pages embed the widget. */
export function siteCommand(io: CliIo): Command {
  const site = new Command('site').description('add and list the sites whose pages embed the widget');

  site
    .command('add')
    .description('add a site; prints its key for the embed snippet')
    .argument('<name>', 'what the dashboard calls it')
    .requiredOption('--origin <origin>', 'an origin its pages are served from, e.g. https://shop.example (repeat for more)', collect)
    .option('--time-zone <zone>', "the IANA time zone its days are cut in, e.g. Asia/Shanghai (default: UTC)")
    .action((name: string, options: { origin: string[]; timeZone?: string }) =>
      withDatabase(io, (db) => {
        const input = validate(createSiteSchema, { name, origins: options.origin, timeZone: options.timeZone });
        const added = createSite(db, input, io.now());
        io.out(`Added ${added.name} with key ${added.key}. Embed on its pages:`);
        io.out(`<script async src="https://YOUR-COLLECTOR/tp.js" data-site="${added.key}"></script>`);
      }),
    );

  site
    .command('list')
    .description('list every site with its key and origins')
    .action(() =>
      withDatabase(io, (db) => {
        const sites = listSites(db);
        if (sites.length === 0) return io.out('No sites yet. Add one with: npm run touchpoint -- site add NAME --origin https://shop.example');
        printTable(io, ['KEY', 'NAME', 'TIME ZONE', 'ORIGINS'], sites.map((s) => [s.key, s.name, s.timeZone, s.origins.join(' ')]));
      }),
    );
  return site;
}
