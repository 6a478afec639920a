import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { EXIT } from '../src/cli/runCli.ts';
import { runTs } from './childProcess.ts';
import { cliRun, tempDataDir } from './cliRun.ts';

const COMMANDS = ['backup', 'restore', 'export', 'import', 'migrate-to-postgres', 'site', 'token', 'user'];
const SUBCOMMANDS = ['site add', 'site list', 'token create', 'token list', 'token revoke', 'user add', 'user list', 'user remove'];

/** A data directory with one site; resolves with its key. */
async function withSite(dir: string): Promise<string> {
  const added = await cliRun(dir, ['site', 'add', 'Trail Shop', '--origin', 'https://shop.example', '--origin', 'https://www.shop.example']);
  expect(added.code).toBe(EXIT.ok);
  return /key (site_[A-Za-z0-9_-]+)/.exec(added.out.join('\n'))![1]!;
}

const rating = (id: string, rating: number, createdAt: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'page_rating', id, rating, path: '/checkout', createdAt, ...extra });

describe('touchpoint --help', () => {
  it('lists every command, and every command and subcommand explains itself', async () => {
    const dir = tempDataDir();
    const root = await cliRun(dir, ['--help']);
    expect(root.code).toBe(EXIT.ok);
    for (const name of COMMANDS) expect(root.out.join('\n')).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    for (const name of [...COMMANDS, ...SUBCOMMANDS]) {
      const help = await cliRun(dir, [...name.split(' '), '--help']);
      expect(help.code, name).toBe(EXIT.ok);
      expect(help.out.join('\n'), name).toContain(`Usage: touchpoint ${name}`);
    }
    const unknown = await cliRun(dir, ['frobnicate']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err.join('\n')).toContain("unknown command 'frobnicate'");
  });

  it('answers --help from the real command line too', async () => {
    const run = await runTs('server/src/cli.ts', ['export', '--help'], { TOUCHPOINT_DATA_DIR: tempDataDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--survey-answers');
    expect((await runTs('server/src/cli.ts', ['site'], { TOUCHPOINT_DATA_DIR: tempDataDir() })).code).toBe(2);
  }, 30_000);
});

describe('touchpoint site', () => {
  it('adds a site with its origins and lists it; refuses a bad origin and a missing one', async () => {
    const dir = tempDataDir();
    expect((await cliRun(dir, ['site', 'list'])).out.join()).toContain('No sites yet');
    const key = await withSite(dir);
    const list = await cliRun(dir, ['site', 'list']);
    expect(list.out.join('\n')).toMatch(new RegExp(`${key}\\s+Trail Shop\\s+UTC\\s+https://shop.example https://www.shop.example`));
    expect((await cliRun(dir, ['site', 'add', 'Shanghai', '--origin', 'https://cn.shop.example', '--time-zone', 'Asia/Shanghai'])).code).toBe(EXIT.ok);
    expect((await cliRun(dir, ['site', 'list'])).out.join('\n')).toMatch(/Shanghai\s+Asia\/Shanghai\s+https:\/\/cn\.shop\.example/);
    const badZone = await cliRun(dir, ['site', 'add', 'Other', '--origin', 'https://shop.example', '--time-zone', 'Mars/Olympus']);
    expect(badZone.code).toBe(EXIT.refused);
    expect(badZone.err.join('\n')).toContain('timeZone: must be an IANA time zone');
    const bad = await cliRun(dir, ['site', 'add', 'Other', '--origin', 'https://shop.example/path']);
    expect(bad.code).toBe(EXIT.refused);
    expect(bad.err.join('\n')).toContain('origins.0: must be an origin');
    expect((await cliRun(dir, ['site', 'add', 'Other'])).code).toBe(EXIT.usage);
    expect((await cliRun(dir, ['site', 'list'])).out).toHaveLength(3);
  });
});

describe('touchpoint token', () => {
  it('creates a token the API accepts, lists it without the secret, and revokes it', async () => {
    const dir = tempDataDir();
    await withSite(dir);
    await cliRun(dir, ['user', 'add', 'ops@team.example', '--role', 'admin', '--password-stdin'], { stdin: 'a long enough password' });
    const created = await cliRun(dir, ['token', 'create', '--user', 'ops@team.example', '--name', 'nightly export']);
    expect(created.code).toBe(EXIT.ok);
    const secret = created.out[0]!;
    expect(secret).toMatch(/^tp_pat_/);
    expect(created.err.join()).toContain('shown only now');

    const db = openDatabase(join(dir, 'touchpoint.db'));
    const app = createApp({ db, config: { adminToken: 'unused-admin-token', widgetDir: '/none', dashboardDir: '/none', secureCookies: false, now: () => Date.now() } });
    const sites = () => app.request('/api/sites', { headers: { authorization: `Bearer ${secret}` } });
    expect((await sites()).status).toBe(200);

    const list = await cliRun(dir, ['token', 'list', '--user', 'ops@team.example']);
    expect(list.out.join('\n')).toMatch(/^1\s+nightly export\s+2026-/m);
    expect(list.out.join('\n')).not.toContain(secret);
    expect((await cliRun(dir, ['token', 'revoke', '7', '--user', 'ops@team.example'])).code).toBe(EXIT.refused);
    expect((await cliRun(dir, ['token', 'revoke', '1', '--user', 'ops@team.example'])).code).toBe(EXIT.ok);
    expect((await sites()).status).toBe(401);
    expect((await cliRun(dir, ['token', 'list', '--user', 'ops@team.example'])).out.join()).toContain('no live API token');
    expect((await cliRun(dir, ['token', 'create', '--user', 'nobody@team.example', '--name', 'x'])).code).toBe(EXIT.refused);
    db.close();
  });
});

describe('touchpoint import and export', () => {
  it('imports NDJSON and CSV as the API does, skips ids already stored, and exports a range to stdout and to a file', async () => {
    const dir = tempDataDir();
    const key = await withSite(dir);
    const ndjson = join(dirname(dir), 'past.ndjson');
    writeFileSync(ndjson, [
      JSON.stringify(rating('phone_0001', 2, '2026-05-03T09:00:00Z', { channel: 'phone', comment: 'Card, refused' })),
      '',
      JSON.stringify(rating('phone_0002', 5, '2026-05-20T09:00:00Z', { attributes: { plan: 'gold' } })),
    ].join('\n'));
    const first = await cliRun(dir, ['import', ndjson, '--site', key]);
    expect(first.err).toEqual([]);
    expect(first.out.join()).toContain('Imported 2 of 2 into Trail Shop');
    expect((await cliRun(dir, ['import', ndjson, '--site', key])).out.join()).toContain('Imported 0 of 2');

    const csv = join(dirname(dir), 'store.csv');
    writeFileSync(csv, 'type,id,rating,path,createdAt,channel,comment,attributes.plan,returning\r\n'
      + 'page_rating,store_0001,4,/store,2026-06-01T10:00:00Z,store,"Quick, ""friendly""\nstaff",silver,true\r\n');
    const fromCsv = await cliRun(dir, ['import', csv, '--site', key]);
    expect(fromCsv.err).toEqual([]);
    expect(fromCsv.out.join()).toContain('Imported 1 of 1');

    const all = await cliRun(dir, ['export', '--site', key, '--format', 'ndjson']);
    expect(all.code).toBe(EXIT.ok);
    const rows = all.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((r) => r.id)).toEqual(['phone_0001', 'phone_0002', 'store_0001']);
    expect(rows[2]).toMatchObject({ rating: 4, channel: 'store', comment: 'Quick, "friendly"\nstaff', returningVisitor: 1, attributes: '{"plan":"silver"}' });

    // --to a day includes it; --from a day starts at its UTC midnight.
    const may = await cliRun(dir, ['export', '--site', key, '--from', '2026-05-03', '--to', '2026-05-31']);
    const lines = may.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['phone_0001', 'phone_0002']);

    const file = join(dirname(dir), 'may.ndjson');
    const toFile = await cliRun(dir, ['export', '--site', key, '--from', '2026-05-10', '-o', file]);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['phone_0002', 'store_0001']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = await cliRun(dir, ['export', '--site', key, '-o', file]);
    expect(again.code).toBe(EXIT.refused);
    expect(again.err.join()).toContain('EEXIST');
    expect((await cliRun(dir, ['export', '--site', 'site_nope'])).err.join()).toContain('No site with key site_nope');
    expect((await cliRun(dir, ['export', '--site', key, '--from', 'May'])).code).toBe(EXIT.refused);
  });

  it('names every bad line and imports nothing when one is wrong', async () => {
    const dir = tempDataDir();
    const key = await withSite(dir);
    const file = join(dirname(dir), 'bad.ndjson');
    writeFileSync(file, [
      JSON.stringify(rating('good_0001', 3, '2026-05-03T09:00:00Z')),
      JSON.stringify(rating('bad_00002', 9, '2026-05-03T09:00:00Z')),
      JSON.stringify(rating('late_0003', 3, '2027-01-01T00:00:00Z')),
    ].join('\n'));
    const run = await cliRun(dir, ['import', file, '--site', key]);
    expect(run.code).toBe(EXIT.refused);
    expect(run.err.join('\n')).toMatch(/^line 2: rating: /m);
    expect(run.err.join('\n')).toMatch(/^line 3: createdAt: .*more than a day after the collector's clock/m);
    expect(run.err.join('\n')).toContain('2 problem(s); nothing was imported');
    expect((await cliRun(dir, ['export', '--site', key, '--format', 'ndjson'])).stdout).toBe('');

    writeFileSync(file, '{"type":"page_rating",\n');
    expect((await cliRun(dir, ['import', file, '--site', key])).err.join()).toContain('line 1: not a JSON value');
    expect((await cliRun(dir, ['import', file])).code).toBe(EXIT.usage);
  });
});
