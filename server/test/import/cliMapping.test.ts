import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '../../../shared/schemas/importMapping.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { EXIT } from '../../src/cli/runCli.ts';
import { openDatabase } from '../../src/db/openDatabase.ts';
import { saveImportMapping } from '../../src/db/queries/imports/importMappings.ts';
import { findSiteByKey } from '../../src/db/queries/sites/findSiteByKey.ts';
import { cliRun, tempDataDir } from '../cliRun.ts';
import { CALL_CENTRE, dmy, HEADER } from './importFixture.ts';

/** A data directory with one site and the call-centre mapping saved; resolves with the key. */
async function siteWithMapping(dir: string, name = 'Trail Shop'): Promise<string> {
  const added = await cliRun(dir, ['site', 'add', name, '--origin', 'https://shop.example']);
  const key = /key (site_[A-Za-z0-9_-]+)/.exec(added.out.join('\n'))![1]!;
  const db = openDatabase(join(dir, 'touchpoint.db'));
  saveImportMapping(db, findSiteByKey(db, key)!.id, 'Call centre', importMappingSchema.parse(CALL_CENTRE), TEST_NOW);
  db.close();
  return key;
}

describe('touchpoint import FILE --mapping NAME', () => {
  it('imports an export with a saved mapping, progress on stderr, and skips what is stored when run again', async () => {
    const dir = tempDataDir();
    const key = await siteWithMapping(dir);
    const file = join(dirname(dir), 'november.csv');
    writeFileSync(file, [HEADER, `C-1,${dmy(2)},Call centre,Payment,2,Card refused,en,North`, `C-2,${dmy(1)},phone,Delivery,9,,en,South`].join('\n'));
    const run = await cliRun(dir, ['import', file, '--site', key, '--mapping', 'Call centre']);
    expect(run.code, run.err.join('\n')).toBe(EXIT.ok);
    expect(run.err.at(-1)).toBe('100% read: 2 rows, 0 invalid');
    expect(run.out).toEqual(['Imported 2 of 2 rows into Trail Shop (' + key + '); 0 were already stored, 0 invalid.']);
    const again = await cliRun(dir, ['import', file, '--site', key, '--mapping', 'Call centre']);
    expect(again.out.join()).toContain('Imported 0 of 2 rows');
    const db = openDatabase(join(dir, 'touchpoint.db'));
    expect(db.prepare("SELECT count(*) FROM responses WHERE channel = 'phone'").pluck().get()).toBe(2);
    db.close();
  });

  it('names each invalid row and imports nothing unless --mode valid-only', async () => {
    const dir = tempDataDir();
    const key = await siteWithMapping(dir);
    const file = join(dirname(dir), 'bad.csv');
    writeFileSync(file, [HEADER, `C-1,${dmy(2)},Call centre,Payment,2,,en,North`, `C-2,not a date,phone,Delivery,9,,en,South`].join('\n'));
    const strict = await cliRun(dir, ['import', file, '--site', key, '--mapping', 'Call centre']);
    expect(strict.code).toBe(EXIT.refused);
    expect(strict.err).toContain('line 3: bad_date: "not a date" is not a date written day first (31/12/2026) or ISO');
    expect(strict.err.at(-1)).toContain('1 invalid row(s), 1 problem(s); nothing was imported');
    const lenient = await cliRun(dir, ['import', file, '--site', key, '--mapping', 'Call centre', '--mode', 'valid-only']);
    expect(lenient.code).toBe(EXIT.ok);
    expect(lenient.out.join()).toContain('Imported 1 of 2 rows');
  });

  it('refuses a mapping the site has not saved, and documents the options in --help', async () => {
    const dir = tempDataDir();
    const key = await siteWithMapping(dir);
    const file = join(dirname(dir), 'any.csv');
    writeFileSync(file, HEADER);
    const missing = await cliRun(dir, ['import', file, '--site', key, '--mapping', 'Nope']);
    expect(missing.code).toBe(EXIT.refused);
    expect(missing.err.join()).toContain('no saved mapping named "Nope"');
    const help = (await cliRun(dir, ['import', '--help'])).out.join('\n');
    expect(help).toContain('--mapping <name>');
    expect(help).toContain('valid-only');
  });

  it('needs no --site when one site saved a mapping of that name, as `import FILE --mapping NAME`', async () => {
    const dir = tempDataDir();
    const key = await siteWithMapping(dir);
    const file = join(dirname(dir), 'december.csv');
    writeFileSync(file, [HEADER, `C-1,${dmy(2)},Call centre,Payment,2,,en,North`].join('\n'));
    const run = await cliRun(dir, ['import', file, '--mapping', 'Call centre']);
    expect(run.code, run.err.join('\n')).toBe(EXIT.ok);
    expect(run.out).toEqual([`Imported 1 of 1 rows into Trail Shop (${key}); 0 were already stored, 0 invalid.`]);

    const other = await siteWithMapping(dir, 'Second Shop');
    const ambiguous = await cliRun(dir, ['import', file, '--mapping', 'Call centre']);
    expect(ambiguous.code).toBe(EXIT.refused);
    expect(ambiguous.err.join()).toContain('say which with --site');
    expect(ambiguous.err.join()).toContain(other);
    expect((await cliRun(dir, ['import', file, '--mapping', 'Nope'])).err.join()).toContain('No site has a saved mapping named "Nope"');
    // Without a mapping the site is still required: a usage error.
    expect((await cliRun(dir, ['import', file])).code).toBe(EXIT.usage);
  });
});
