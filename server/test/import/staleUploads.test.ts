import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findImport } from '../../src/db/queries/imports/importRecords.ts';
import { UPLOAD_KEPT_MS } from '../../src/ingest/import/forgetStaleUploads.ts';
import { applyRetention } from '../../src/jobs/retention.ts';
import { dmy, HEADER, importApp } from './importFixture.ts';

describe('files uploaded for import and never imported', () => {
  it('are deleted with their import a day on by the retention job; a done import keeps its report', async () => {
    const { upload, importText, db, site } = importApp();
    const file = [HEADER, `C-1,${dmy(1)},Call centre,Payment,2,Call me on 0170 1234567,en,North`].join('\n');
    const left = (await upload(file)).job;
    const done = await importText(file);
    const { filePath: path, createdAt } = findImport(db, site.id, left.id)!;
    expect(existsSync(path)).toBe(true);

    await applyRetention(db, createdAt + UPLOAD_KEPT_MS - 1);
    expect(existsSync(path)).toBe(true);

    await applyRetention(db, createdAt + UPLOAD_KEPT_MS + 1);
    expect(existsSync(path)).toBe(false);
    expect(findImport(db, site.id, left.id)).toBeUndefined();
    expect(findImport(db, site.id, done.id)).toMatchObject({ status: 'done', inserted: 1 });
  });
});
