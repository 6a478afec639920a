import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SurveyResults } from '../shared/schemas/surveyResults.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ensureDemoSite } from './ensureDemoSite.ts';
import { ORDER_SURVEY } from './orderSurvey.ts';
import { seedStoreQrAnswers } from './seedStoreQr.ts';
import { startSeedTestCollector } from './seedTestCollector.ts';
import { TEST_NOW } from '../tests/clock/testInstants.ts';

let collector: Awaited<ReturnType<typeof startSeedTestCollector>>;
let api: AdminApi;
beforeAll(async () => {
  collector = await startSeedTestCollector(() => TEST_NOW);
  api = collector.api;
}, 30_000);
afterAll(() => collector?.close(), 60_000);

it("stores the receipt QR code's answers under the store channel, once however often it is seeded", async () => {
  const { key } = await ensureDemoSite({ ...api, demoPort: 5997 });
  expect(await seedStoreQrAnswers(api, key, 6)).toEqual({ answered: 6 });
  await seedStoreQrAnswers(api, key, 6);

  const day = new Date(TEST_NOW).toISOString().slice(0, 10);
  const results = (channel: string) =>
    adminRequest<SurveyResults>(api, 'GET', `/api/sites/${key}/surveys/${ORDER_SURVEY.key}/results?from=${day}&to=${day}&channel=${channel}`);
  const store = await results('store');
  expect(store.totals.shown).toBe(6);
  expect(store.totals.completed).toBe(6);
  expect(store.questions.find((q) => q.id === 'recommend')!.n).toBe(6);
  expect(store.questions.find((q) => q.id === 'effort')!.n).toBe(6);
  // Nothing of it under the web: the channel came from the QR code's link.
  expect((await results('web')).questions.find((q) => q.id === 'recommend')!.n).toBe(0);
}, 30_000);
