import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../src/export/csv.ts';
import { storeAnswer } from './surveyFixtures.ts';
import { rating, testApp } from './testApp.ts';

/** RFC 4180 parsing, strict enough to catch quoting mistakes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (ch === '\r' || ch === '\n') throw new Error(`bare line break at ${i}`);
    else cell += ch;
  }
  if (cell !== '' || row.length) throw new Error('no CRLF after the last row');
  return rows;
}

// Stored comments are trimmed, so a leading tab or CR is tested on csvCell alone.
const NASTY = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', 'a,b', 'x\ny', 'say "hi", then\r\nleave', '中文，评论', 'plain'];

// The rows are from October 2026. Exports run "until now" by default, so the
// collector's clock is set after them: on any day the suite runs, they are past.
const AFTER_THE_ROWS = Date.UTC(2026, 10, 1);

async function seeded(count: number, sameTime = false) {
  const t = testApp({ now: () => AFTER_THE_ROWS });
  const responses = Array.from({ length: count }, (_, i) => ({
    type: 'page_rating',
    id: `imp_${i.toString().padStart(8, '0')}`,
    rating: 1 + (i % 5),
    path: '/p',
    comment: NASTY[i % NASTY.length],
    createdAt: new Date(Date.UTC(2026, 9, 1) + (sameTime ? 0 : i * 60_000)).toISOString(),
  }));
  for (let i = 0; i < responses.length; i += 5000) {
    const res = await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: responses.slice(i, i + 5000) }) });
    expect(res.status).toBe(201);
  }
  return t;
}

// Each test seeds thousands of answers through the API first: 3–6 s on a busy
// 2-core machine, past vitest's 5 s default, though the export itself is quick;
// on PostgreSQL each of those writes is a round trip (22 s seen at load 7).
const SEEDING = { timeout: 60_000 };

describe('csvCell', () => {
  it('quotes as RFC 4180 and neutralises formula starts', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', '\rx', 'a"b', 'a,b', 'a\nb', '', 'ok'].map(csvCell)).toEqual([
      "'=1+1", "'+1", "'-1", "'@x", "'\tx", `"'\rx"`, '"a""b"', '"a,b"', '"a\nb"', '', 'ok',
    ]);
    expect([csvCell(null), csvCell(undefined), csvCell(-3), csvCell(4.5)]).toEqual(['', '', '-3', '4.5']);
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('GET /api/sites/:siteKey/export.csv', SEEDING, () => {
  it('streams every response as RFC 4180 CSV with formulas neutralised, as an attachment', async () => {
    const { admin, site } = await seeded(3000);
    const res = await admin(`/api/sites/${site.key}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="touchpoint-${site.key}-.*\\.csv"$`));
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(expect.arrayContaining(['id', 'type', 'rating', 'comment', 'path', 'createdAt', 'contactEmail']));
    expect(header).not.toContain('visitorHash');
    expect(header).not.toContain('siteId');
    expect(rows).toHaveLength(3000);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[col('id')])).toEqual(Array.from({ length: 3000 }, (_, i) => `imp_${i.toString().padStart(8, '0')}`));
    expect(rows.slice(0, NASTY.length).map((r) => r[col('comment')])).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      'a,b',
      'x\ny',
      'say "hi", then\r\nleave',
      '中文，评论',
      'plain',
    ]);
    expect(rows[0]![col('createdAt')]).toBe('2026-10-01T00:00:00.000Z');
    expect(rows[0]![col('rating')]).toBe('1');
  });

  it('pages through rows that share a timestamp without losing or repeating any', async () => {
    const { admin, site } = await seeded(1234, true);
    const [, ...rows] = parseCsv(await (await admin(`/api/sites/${site.key}/export.csv`)).text());
    expect(new Set(rows.map((r) => r[0])).size).toBe(1234);
  });

  it('keeps to the from/to range and validates it as the summary does', async () => {
    const { admin, site } = await seeded(100);
    const res = await admin(`/api/sites/${site.key}/export.csv?from=2026-10-01T00:10:00Z&to=2026-10-01T00:20:00Z`);
    expect(parseCsv(await res.text())).toHaveLength(1 + 10);
    expect(res.headers.get('content-disposition')).toContain('2026-10-01-2026-10-01.csv');
    const bad = await admin(`/api/sites/${site.key}/export.csv?from=2026-11-01T00:00:00Z&to=2026-10-01T00:00:00Z`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('from');
    expect((await admin('/api/sites/site_nope/export.csv')).status).toBe(404);
  });

  it('answers a header row alone when there is nothing to export', async () => {
    const { admin, site } = testApp();
    const rows = parseCsv(await (await admin(`/api/sites/${site.key}/export.csv`)).text());
    expect(rows).toHaveLength(1);
  });

  it('leaves the database free for inserts while a client reads slowly', async () => {
    const { admin, site, collect, count } = await seeded(2000);
    const res = await admin(`/api/sites/${site.key}/export.ndjson`);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value, { stream: true });
    expect((await collect(rating(site.key, { id: 'resp_during_export' }))).status).toBe(202);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
    expect(count()).toBe(2001);
    expect(text.trim().split('\n').length).toBeGreaterThanOrEqual(2000);
  });

  it('needs the admin token', async () => {
    const { app, site } = testApp();
    expect((await app.request(`/api/sites/${site.key}/export.csv`)).status).toBe(401);
  });
});

describe('GET /api/sites/:siteKey/export.ndjson', SEEDING, () => {
  it('streams one JSON object per line', async () => {
    const { admin, site } = await seeded(1200);
    const res = await admin(`/api/sites/${site.key}/export.ndjson`);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.ndjson"$/);
    const text = await res.text();
    expect(text.endsWith('\n')).toBe(true);
    const records = text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records).toHaveLength(1200);
    expect(records[0]).toMatchObject({ id: 'imp_00000000', type: 'page_rating', rating: 1, comment: NASTY[0], path: '/p', channel: 'web', createdAt: '2026-10-01T00:00:00.000Z' });
    expect(records[6].comment).toBe('say "hi", then\r\nleave');
    expect(records[0]).not.toHaveProperty('visitorHash');
  });
});

describe('GET /api/sites/:siteKey/survey-answers.csv and .ndjson', SEEDING, () => {
  function withAnswers() {
    const t = testApp({ now: () => AFTER_THE_ROWS });
    const siteId = t.db.prepare('SELECT id FROM sites WHERE key = ?').pluck().get(t.site.key) as number;
    const at = (minute: number) => Date.UTC(2026, 9, 1) + minute * 60_000;
    storeAnswer(t.db, { siteId, survey: 'quarterly-nps', question: 'recommend', questionType: 'nps', score: 3, visitId: 'visit_a', createdAt: at(1) });
    storeAnswer(t.db, {
      siteId, survey: 'quarterly-nps', question: 'better', questionType: 'open_text', value: '=cmd|calc', visitId: 'visit_a',
      returning: true, attributes: { plan: 'gold' }, createdAt: at(2),
    });
    storeAnswer(t.db, { siteId, survey: 'quarterly-nps', question: 'recommend', questionType: 'nps', score: 10, createdAt: at(90) });
    return t;
  }

  it('streams every answered question as CSV, formulas neutralised, without internal columns', async () => {
    const { admin, site } = withAnswers();
    const res = await admin(`/api/sites/${site.key}/survey-answers.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="touchpoint-${site.key}-survey-answers-.*\\.csv"$`));
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(expect.arrayContaining(['id', 'survey', 'question', 'questionType', 'score', 'value', 'visitId', 'returningVisitor', 'attributes', 'createdAt']));
    expect(header).not.toContain('siteId');
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('question')], r[col('score')], r[col('value')]])).toEqual([
      ['recommend', '3', ''],
      ['better', '', "'=cmd|calc"],
      ['recommend', '10', ''],
    ]);
    expect(rows[1]![col('attributes')]).toBe('{"plan":"gold"}');
    expect(rows[0]![col('createdAt')]).toBe('2026-10-01T00:01:00.000Z');
  });

  it('keeps to the range, as NDJSON too, and is refused without a sign-in', async () => {
    const { admin, app, site } = withAnswers();
    const res = await admin(`/api/sites/${site.key}/survey-answers.ndjson?from=2026-10-01T00:00:00Z&to=2026-10-01T01:00:00Z`);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.question)).toEqual(['recommend', 'better']);
    expect(lines[1]).toMatchObject({ returningVisitor: 1, attributes: '{"plan":"gold"}', value: '=cmd|calc' });
    expect((await app.request(`/api/sites/${site.key}/survey-answers.csv`)).status).toBe(401);
  });
});
