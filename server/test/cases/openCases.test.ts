import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseList } from '../../../shared/schemas/cases.ts';
import { openCasesFromNewFeedback } from '../../src/cases/openCasesFromNewFeedback.ts';
import { rating, testApp } from '../testApp.ts';
import { caseTestApp } from './caseTestApp.ts';

const HOUR = 3_600_000;

async function listCases(admin: ReturnType<typeof caseTestApp>['admin'], siteKey: string, query = ''): Promise<CaseList> {
  const res = await admin(`/api/sites/${siteKey}/cases${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as CaseList;
}

describe('which feedback becomes a case', () => {
  it('opens it after the commit, off the 202’s path: the request takes no write lock of its own for it', async () => {
    // Opening cases in the request cost the main thread a write transaction per rating under load,
    // racing the ingest writer's thread for SQLite's lock; the post-commit consumer does it instead.
    const { db, site, collect, admin } = testApp();
    expect((await collect(rating(site.key, { rating: 1 }))).status).toBe(202);
    const queued = () => db.prepare('SELECT count(*) FROM case_queue').pluck().get();
    expect(queued(), 'still queued as the 202 leaves').toBe(1);
    await expect.poll(async () => (await listCases(admin, site.key)).cases.length, { timeout: 5_000 }).toBe(1);
    expect(queued()).toBe(0);
  });

  it('opens one for a rating of 1 or 2, none for 3 and up, routed to triage when no rule matches', async () => {
    const { site, collect, admin } = caseTestApp();
    for (const [i, r] of [1, 2, 3, 5].entries()) {
      expect((await collect(rating(site.key, { rating: r, id: `rating_${i}_xyz` }))).status).toBe(202);
    }
    const { cases, counts } = await listCases(admin, site.key);
    expect(cases.map((c) => c.feedback[0]!.rating).sort()).toEqual([1, 2]);
    expect(cases.every((c) => c.team === 'triage' && c.status === 'new' && !c.overdue)).toBe(true);
    expect(counts.new).toBe(2);
  });

  it('opens one for any comment left with a contact given with consent, whatever the rating', async () => {
    const { site, collect, admin } = caseTestApp();
    await collect(rating(site.key, { rating: 5, comment: 'Please call me back', contact: { email: 'ann@example.com', consent: true } }));
    await collect(rating(site.key, { rating: 5, contact: { email: 'bo@example.com', consent: true } }));
    const { cases } = await listCases(admin, site.key);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.canReply).toBe(true);
    expect(cases[0]!.feedback[0]!.comment).toBe('Please call me back');
  });

  it('opens one for a "What stopped you?" answer, not for "just looking", and routes payment to engineering', async () => {
    // A journey declared by markup: the default reasons and their categories.
    const { site, collect, admin } = caseTestApp();
    const answer = (reason: string, id: string) => ({
      type: 'abandon_reason', id, site: site.key, journey: 'checkout', step: 'payment', reason, trigger: 'exit_intent', path: '/checkout/payment',
    });
    expect((await collect(answer('payment_failed', 'abandon_pay1'))).status).toBe(202);
    await collect(answer('just_looking', 'abandon_look1'));
    await collect(answer('missing_information', 'abandon_info1'));
    const { cases } = await listCases(admin, site.key, '?sort=oldest');
    expect(cases.map((c) => [c.feedback[0]!.reason, c.team])).toEqual([
      ['payment_failed', 'engineering'],
      ['missing_information', 'customer-service'],
    ]);
    expect(cases[0]!.problem).toBe('abandon_reason:checkout/payment/payment_failed');
  });

  it('opens one for a survey detractor: NPS 0–6, CSAT 1–2, CES 5–7, and not for the others', async () => {
    const { db, site, admin } = caseTestApp();
    const answers: [string, number, boolean][] = [
      ['nps', 6, true], ['nps', 7, false], ['csat', 2, true], ['csat', 3, false], ['ces', 5, true], ['ces', 4, false],
    ];
    db.transaction(() => {
      answers.forEach(([type, score], i) =>
        db
          .prepare(`INSERT INTO survey_answers (id, site_id, survey, question, question_type, score, path, created_at, received_at)
                    VALUES (?, ?, 'pulse', ?, ?, ?, '/', ?, ?)`)
          .run(`answer_${i}_xyz`, site.id, type, type, score, Date.now(), Date.now()),
      );
    })();
    expect(openCasesFromNewFeedback(db, Date.now())).toBe(3);
    const { cases } = await listCases(admin, site.key, '?sort=oldest');
    expect(cases.map((c) => `${c.feedback[0]!.questionType} ${c.feedback[0]!.rating}`)).toEqual(['nps 6', 'csat 2', 'ces 5']);
    expect(cases[0]!.feedback[0]!.type).toBe('survey_answer');
  });

  it("puts one visit's complaints in one case, its story on the case page", async () => {
    const { site, collect, admin } = caseTestApp();
    await collect(rating(site.key, { rating: 1, visitId: 'visit_one_1', path: '/cart' }));
    await collect(rating(site.key, { rating: 2, visitId: 'visit_one_1', path: '/checkout', comment: 'slow', lang: 'zh-TW' }));
    await collect(rating(site.key, { rating: 4, visitId: 'visit_one_1', path: '/thanks' }));
    const { cases } = await listCases(admin, site.key);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.feedback.map((f) => f.path)).toEqual(['/cart', '/checkout']);
    const detail = (await (await admin(`/api/sites/${site.key}/cases/${cases[0]!.id}`)).json()) as CaseDetail;
    expect(detail.visit.ratings.map((r) => r.rating)).toEqual([1, 2, 4]);
    expect(detail.visit.lastPath).toBe('/thanks');
    expect(detail.replyLang).toBe('zh-TW');
    expect(detail.events.map((e) => e.field)).toEqual(['created', 'feedback']);
  });

  it('follows the site setting: no ratings cases at 0, ratings up to 3 at 3', async () => {
    const { site, collect, admin } = caseTestApp();
    expect((await admin(`/api/sites/${site.key}/case-settings`, { method: 'PUT', body: JSON.stringify({ ratingAtMost: 3 }) })).status).toBe(200);
    await collect(rating(site.key, { rating: 3 }));
    await admin(`/api/sites/${site.key}/case-settings`, { method: 'PUT', body: JSON.stringify({ ratingAtMost: 0 }) });
    await collect(rating(site.key, { rating: 1 }));
    const { cases } = await listCases(admin, site.key);
    expect(cases.map((c) => c.feedback[0]!.rating)).toEqual([3]);
  });

  it('leaves feedback older than a fortnight (an import of history) alone', () => {
    const { db, site } = caseTestApp();
    const old = Date.now() - 15 * 24 * HOUR;
    db.transaction(() =>
      db.prepare(`INSERT INTO responses (id, site_id, type, rating, path, created_at, received_at) VALUES ('old_rating_1', ?, 'page_rating', 1, '/', ?, ?)`).run(site.id, old, old),
    )();
    expect(openCasesFromNewFeedback(db, Date.now())).toBe(0);
    expect(db.prepare('SELECT count(*) FROM case_queue').pluck().get()).toBe(0);
  });

  it('resumes from the queue after a crash: rows stored but not drained open their cases on the next drain', () => {
    const { db, site } = caseTestApp();
    const now = Date.now();
    // Stored and committed, then the process died before the drain.
    db.transaction(() =>
      db.prepare(`INSERT INTO responses (id, site_id, type, rating, path, created_at, received_at) VALUES ('crash_rating_1', ?, 'page_rating', 1, '/', ?, ?)`).run(site.id, now, now),
    )();
    expect(db.prepare('SELECT count(*) FROM case_queue').pluck().get()).toBe(1);
    expect(openCasesFromNewFeedback(db, now)).toBe(1);
    expect(openCasesFromNewFeedback(db, now)).toBe(0);
  });
});
