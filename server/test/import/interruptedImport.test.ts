import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importMappingSchema } from '../../../shared/schemas/importMapping.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { settingsFromEnv } from '../../src/config.ts';
import { openDatabase } from '../../src/db/openDatabase.ts';
import { beginImport, findImport, insertImport, stageBatch } from '../../src/db/queries/imports/importRecords.ts';
import { createSite } from '../../src/db/queries/sites/createSite.ts';
import { startCollector, type RunningCollector } from '../../src/startCollector.ts';
import { CALL_CENTRE, HEADER } from './importFixture.ts';

describe('an import the collector stopped during', () => {
  let collector: RunningCollector | undefined;
  let dataDir: string;
  afterEach(async () => {
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Two starts of a real collector (writer and view threads through tsx): seconds each on a loaded machine.
  it('is failed at the next start, its staged rows dropped, and can be started again', { timeout: 60_000 }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-import-stop-'));
    const file = join(dataDir, 'calls.csv');
    writeFileSync(file, `${HEADER}\n`);
    const db = openDatabase(join(dataDir, 'touchpoint.db'));
    const site = createSite(db, { name: 'Shop', origins: ['https://shop.example'] }, TEST_NOW);
    for (const id of ['imp_cut', 'imp_new']) {
      insertImport(db, { id, siteId: site.id, fileName: 'calls.csv', filePath: file, format: 'csv', size: 10, columns: [], createdAt: TEST_NOW });
    }
    // imp_cut was reading when the process died; imp_new was only uploaded.
    beginImport(db, 'imp_cut', 'all-or-nothing', importMappingSchema.parse(CALL_CENTRE));
    stageBatch(db, 'imp_cut', { rows: [{ line: 2, row: { kind: 'staged' } }], errors: [], bytesRead: 5, rowsRead: 1 });
    db.close();

    collector = await startCollector({ ...settingsFromEnv({}), host: '127.0.0.1', port: 0, dataDir, adminTokenFromEnv: 'stop', now: () => TEST_NOW });
    expect(findImport(collector.db, site.id, 'imp_cut')).toMatchObject({ status: 'failed', failure: expect.stringContaining('collector stopped') });
    expect(findImport(collector.db, site.id, 'imp_new')).toMatchObject({ status: 'uploaded' });
    expect(collector.db.prepare('SELECT count(*) FROM import_staged_rows').pluck().get()).toBe(0);

    const res = await fetch(`${collector.url}/api/sites/${site.key}/imports/imp_cut/start`, {
      method: 'POST',
      headers: { authorization: 'Bearer stop', 'content-type': 'application/json' },
      body: JSON.stringify({ mapping: CALL_CENTRE, mode: 'all-or-nothing' }),
    });
    expect(res.status).toBe(202);
  });
});
