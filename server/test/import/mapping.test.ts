import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { CALL_CENTRE, dmy, HEADER, importApp } from './importFixture.ts';

const FILE = [
  HEADER,
  `C-1,${dmy(3, '09:15')},Call centre,Payment,2,"Card refused twice, gave up",en,North`,
  `C-2,${dmy(2, '14:00')},phone,/product/trail-jacket,10,,de,South`,
  `C-3,${dmy(1)},Store,Delivery,6,Parcel late,,`,
].join('\n');

describe('importing a CSV with a column mapping', () => {
  it('answers the file’s columns on upload and previews the rows as they will be stored', async () => {
    const { upload, preview } = importApp();
    const { status, job } = await upload(FILE);
    expect(status).toBe(201);
    expect(job).toMatchObject({ format: 'csv', status: 'uploaded', columns: HEADER.split(',') });
    const { rows, fileErrors } = await preview(job.id, CALL_CENTRE, 2);
    expect(fileErrors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      line: 2,
      errors: [],
      stored: {
        kind: 'page_rating',
        createdAt: new Date(TEST_NOW - 3 * 86_400_000).toISOString().slice(0, 11) + '09:15:00.000Z',
        channel: 'phone',
        path: '/checkout/payment',
        // 2 on 1–10, stretched to 1–5: 1 + (2 − 1) × 4 / 9 = 1.44 → 1.
        score: 1,
        scoreType: 'rating',
        comment: 'Card refused twice, gave up',
        lang: 'en',
        attributes: { region: 'North' },
      },
    });
    expect(rows[1]!.stored).toMatchObject({ channel: 'phone', path: '/product/trail-jacket', score: 5, lang: 'de' });
  });

  it('stores every row as a page rating with its channel, page, comment and attributes', async () => {
    const { importText, db } = importApp();
    const job = await importText(FILE);
    expect(job).toMatchObject({ status: 'done', rowsRead: 3, rowsValid: 3, inserted: 3, duplicates: 0, errorCount: 0, progress: 1 });
    const stored = db.prepare('SELECT type, rating, channel, path, comment, lang, attributes FROM responses ORDER BY created_at').all();
    expect(stored).toEqual([
      { type: 'page_rating', rating: 1, channel: 'phone', path: '/checkout/payment', comment: 'Card refused twice, gave up', lang: 'en', attributes: '{"region":"North"}' },
      { type: 'page_rating', rating: 5, channel: 'phone', path: '/product/trail-jacket', comment: null, lang: 'de', attributes: '{"region":"South"}' },
      { type: 'page_rating', rating: 3, channel: 'store', path: '/order/delivery', comment: 'Parcel late', lang: null, attributes: null },
    ]);
  });

  it('reads a touchpoint’s name as a page of that touchpoint', async () => {
    const { importText, db, admin, site } = importApp();
    await admin(`/api/sites/${site.key}/touchpoints`, {
      method: 'PUT',
      body: JSON.stringify({ touchpoints: [{ key: 'returns', name: 'Returns', stage: 'after', rules: [{ type: 'prefix', value: '/returns/' }] }] }),
    });
    const job = await importText([HEADER, `C-9,${dmy(1)},phone,returns,7,,,`].join('\n'), { ...CALL_CENTRE, pages: {} });
    expect(job.status).toBe('done');
    expect(db.prepare('SELECT path FROM responses').pluck().get()).toBe('/returns/');
  });

  it('skips the rows already stored when the same file is imported again', async () => {
    const { importText } = importApp();
    await importText(FILE);
    const again = await importText(FILE);
    expect(again).toMatchObject({ status: 'done', rowsValid: 3, inserted: 0, duplicates: 3 });
  });

  it('opens cases and indexes comments for imported rows, as for live ones', async () => {
    const { importText, db } = importApp();
    await importText(FILE);
    expect(db.prepare('SELECT count(*) FROM case_feedback').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM case_queue').pluck().get()).toBe(0);
  });

  it('reuses a saved mapping by name, and lists it', async () => {
    const { admin, base, upload, run, db } = importApp();
    const saved = await admin(`${base}/import-mappings/Call%20centre`, { method: 'PUT', body: JSON.stringify({ mapping: CALL_CENTRE }) });
    expect(saved.status).toBe(200);
    const list = (await (await admin(`${base}/import-mappings`)).json()) as { mappings: { name: string }[] };
    expect(list.mappings.map((m) => m.name)).toEqual(['Call centre']);
    const { job } = await upload(FILE);
    expect(await run(job.id, { mappingName: 'Call centre' })).toMatchObject({ status: 'done', inserted: 3 });
    expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(3);
    const missing = await admin(`${base}/imports/${job.id}/start`, { method: 'POST', body: JSON.stringify({ mappingName: 'Nope', mode: 'valid-only' }) });
    expect(missing.status).toBe(404);
  });

  it('refuses a file that is neither CSV nor XLSX, and one over the size limit', async () => {
    const { upload } = importApp();
    expect((await upload(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]))).status).toBe(415);
    const big = new Uint8Array(50 * 1024 * 1024 + 10).fill(0x41);
    expect((await upload(big)).status).toBe(413);
  });
});
