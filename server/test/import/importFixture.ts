import type { ImportJob, ImportPreview } from '../../../shared/schemas/importJob.ts';
import type { ImportMappingInput } from '../../../shared/schemas/importMapping.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { testApp } from '../testApp.ts';

const DAY = 86_400_000;

/** A day `daysAgo` before the suite's clock, written day first (03/11/2026) as call-centre tools do. */
export function dmy(daysAgo: number, time = '10:30'): string {
  const d = new Date(TEST_NOW - daysAgo * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${time}`;
}

/** The mapping of the call-centre file the tests write. */
export const CALL_CENTRE: ImportMappingInput = {
  columns: { date: 'Call date', score: 'Score', channel: 'Channel', page: 'Topic', comment: 'Notes', language: 'Language', id: 'Call ID' },
  attributes: { region: 'Region' },
  dateFormat: 'dmy',
  timeZone: 'UTC',
  score: { min: 1, max: 10, to: 'rating' },
  channels: { 'Call centre': 'phone' },
  pages: { Payment: '/checkout/payment', Delivery: '/order/delivery' },
};

export const HEADER = 'Call ID,Call date,Channel,Topic,Score,Notes,Language,Region';

/** A collector with an in-memory database and helpers to upload, preview and run imports. */
export function importApp() {
  const t = testApp();
  const base = `/api/sites/${t.site.key}`;
  const upload = async (body: string | Uint8Array<ArrayBuffer>, name = 'calls.csv') => {
    const res = await t.admin(`${base}/imports?name=${encodeURIComponent(name)}`, { method: 'POST', body, headers: { 'content-type': 'text/csv' } });
    return { status: res.status, job: (await res.json()) as ImportJob };
  };
  const preview = async (id: string, mapping: ImportMappingInput, rows = 10) => {
    const res = await t.admin(`${base}/imports/${id}/preview`, { method: 'POST', body: JSON.stringify({ mapping, rows }) });
    return (await res.json()) as ImportPreview;
  };
  const status = async (id: string) => (await (await t.admin(`${base}/imports/${id}`)).json()) as ImportJob;
  /** Starts an import and waits for its end, as the dashboard's polling does. */
  const run = async (id: string, choice: { mapping: ImportMappingInput } | { mappingName: string }, mode = 'all-or-nothing') => {
    const res = await t.admin(`${base}/imports/${id}/start`, { method: 'POST', body: JSON.stringify({ ...choice, mode }) });
    if (res.status !== 202) throw new Error(`start answered ${res.status}: ${await res.text()}`);
    for (let i = 0; i < 2000; i++) {
      const job = await status(id);
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the import never ended');
  };
  /** Upload, then import with `mapping`. */
  const importText = async (text: string, mapping: ImportMappingInput = CALL_CENTRE, mode = 'all-or-nothing') => {
    const { job } = await upload(text);
    return run(job.id, { mapping }, mode);
  };
  return { ...t, base, upload, preview, status, run, importText };
}
