import { describe, expect, it } from 'vitest';
import { caseListSchema } from '../../../shared/schemas/cases.ts';
import { fixFirstSchema } from '../../../shared/schemas/fixFirst.ts';
import { journeyMapSchema } from '../../../shared/schemas/journeyMap.ts';
import { themesSchema } from '../../../shared/schemas/themes.ts';
import { groupCommit } from '../../src/ingest/groupCommit.ts';
import { storeAnswer } from '../surveyFixtures.ts';
import { channelShop, NOVEMBER } from './channelFixtures.ts';

/** The day after the fixture's last row: its complaints are recent enough to open cases (14 days). */
const NEXT_DAY = Date.parse('2026-11-20T00:00:00Z');

// Web shoppers are happy at checkout; phone callers complain about the courier.
const shop = () =>
  channelShop([
    { path: '/checkout/payment', channel: 'web', device: 'desktop', counts: [0, 0, 0, 5, 5], comment: 'Quick and easy payment' },
    { path: '/checkout/payment', channel: 'phone', counts: [3, 0, 0, 0, 0], comment: 'The courier never rang the doorbell' },
  ], NEXT_DAY);

type Shop = Awaited<ReturnType<typeof shop>>;

async function get<T>(t: Shop, path: string, schema: { parse: (v: unknown) => T }): Promise<T> {
  const res = await t.admin(`/api/sites/${t.site.key}/${path}`);
  expect(res.status, path).toBe(200);
  return schema.parse(await res.json());
}

describe('imported phone comments and the channel filter', () => {
  it('feed themes like widget comments, and the themes view narrows to one channel', async () => {
    const t = await shop();
    const all = await get(t, `themes?${NOVEMBER}`, themesSchema);
    expect(all.themes.map((theme) => theme.term)).toEqual(expect.arrayContaining(['doorbell', 'quick']));
    const phone = await get(t, `themes?${NOVEMBER}&channel=phone`, themesSchema);
    expect(phone.comments).toBe(3);
    expect(phone.themes.map((theme) => theme.term)).toContain('doorbell');
    expect(phone.themes.map((theme) => theme.term)).not.toContain('quick');
  });

  it('open cases like widget complaints, and the inbox filters them by channel', async () => {
    const t = await shop();
    const all = await get(t, `cases?${NOVEMBER}`, caseListSchema);
    expect(all.total).toBe(3);
    expect(all.cases.every((c) => c.feedback[0]!.channel === 'phone' && c.feedback[0]!.comment === 'The courier never rang the doorbell')).toBe(true);
    expect((await get(t, `cases?${NOVEMBER}&channel=phone`, caseListSchema)).total).toBe(3);
    expect((await get(t, `cases?${NOVEMBER}&channel=web`, caseListSchema)).total).toBe(0);
  });

  it('narrows fix first and the journey map to one channel', async () => {
    const t = await shop();
    const problems = async (channel: string) =>
      (await get(t, `fix-first?${NOVEMBER}&kind=page&channel=${channel}`, fixFirstSchema)).problems.map((p) => [p.key, p.negativeRatings]);
    expect(await problems('phone')).toEqual([['/checkout/payment', 3]]);
    expect(await problems('web')).toEqual([]);
    const ratedOn = async (channel: string) =>
      (await get(t, `journey-map?${NOVEMBER}&channel=${channel}`, journeyMapSchema)).stages.flatMap((s) => s.touchpoints.filter((tp) => tp.current.responses > 0).map((tp) => [tp.key, tp.current.responses]));
    expect(await ratedOn('phone')).toEqual([['checkout', 3]]);
    expect(await ratedOn('web')).toEqual([['checkout', 10]]);
  });

  it('puts a survey answer in the inbox under the channel it came through', async () => {
    const t = await shop();
    const createdAt = Date.parse('2026-11-12T09:00:00Z');
    storeAnswer(t.db, { siteId: t.site.id, survey: 'nps', question: 'q1', questionType: 'nps', score: 2, createdAt });
    // Answers to e-mailed survey links arrive with channel 'email' (migration 28); the writer is another branch's.
    t.db.prepare(`UPDATE survey_answers SET channel = 'email'`).run();
    groupCommit(t.db).drain();
    const email = await get(t, `cases?${NOVEMBER}&channel=email`, caseListSchema);
    expect(email.cases.map((c) => [c.feedback[0]!.type, c.feedback[0]!.channel])).toEqual([['survey_answer', 'email']]);
    expect((await get(t, `cases?${NOVEMBER}&channel=web`, caseListSchema)).total).toBe(0);
  });
});
