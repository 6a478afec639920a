import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseList } from '../../../shared/schemas/cases.ts';
import type { Loop } from '../../../shared/schemas/loop.ts';
import type { RoutingDryRunResult, RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { Teams } from '../../../shared/schemas/teams.ts';
import { openCasesFromNewFeedback } from '../../src/cases/openCasesFromNewFeedback.ts';
import { deleteVisitorData } from '../../src/db/queries/responses/deleteResponses.ts';
import { addTestApiToken, addTestUser } from '../accounts.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { rating } from '../testApp.ts';
import { caseTestApp } from './caseTestApp.ts';

const HOUR = 3_600_000;

async function json<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return (await r.json()) as T;
}

/** A collector on a clock that moves only when told: times in answers are exact. */
function setup() {
  let now = TEST_NOW;
  const t = caseTestApp({ now: () => now });
  const sites = `/api/sites/${t.site.key}`;
  const get = <T>(path: string) => json<T>(t.admin(`${sites}${path}`));
  const send = <T>(method: string, path: string, body: unknown, status = 200) =>
    json<T>(t.admin(`${sites}${path}`, { method, body: JSON.stringify(body) }), status);
  const advance = (ms: number) => (now += ms);
  return { ...t, get, send, now: () => now, advance };
}

describe('teams and routing rules', () => {
  it('gives a new site the default teams and rules, with the contract keys', async () => {
    const t = setup();
    const { teams } = await t.get<Teams>('/teams');
    expect(teams.map((team) => team.key)).toEqual(['engineering', 'customer-service', 'form-owners', 'commercial', 'triage']);
    const routing = await t.get<RoutingRules>('/routing-rules');
    expect(routing.fallbackTeam).toBe('triage');
    expect(routing.rules.map((r) => `${r.match.reasonCategory}→${r.team}`)).toEqual([
      'payment→engineering', 'technical→engineering', 'information→customer-service', 'form→form-owners', 'pricing→commercial',
    ]);
  });

  it('routes new cases by saved rules: a page rule on the payment page to engineering', async () => {
    const t = setup();
    await t.send('PUT', '/routing-rules', { rules: [{ match: { page: { type: 'prefix', value: '/checkout/pay' } }, team: 'engineering' }], fallbackTeam: 'triage' });
    await t.collect(rating(t.site.key, { rating: 1, path: '/checkout/payment' }));
    await t.collect(rating(t.site.key, { rating: 1, path: '/cart' }));
    const { cases } = await t.get<CaseList>('/cases?sort=oldest');
    expect(cases.map((c) => c.team)).toEqual(['engineering', 'triage']);
  });

  it('refuses rules naming an unknown team, and removing a team the rules use', async () => {
    const t = setup();
    await t.send('PUT', '/routing-rules', { rules: [{ match: {}, team: 'nobody' }], fallbackTeam: 'triage' }, 400);
    await t.send('PUT', '/teams', { teams: [{ key: 'triage', name: 'Triage', firstResponseHours: 1, resolutionHours: 2 }] }, 409);
    const saved = await t.send<Teams>('PUT', '/teams', {
      teams: [
        { key: 'engineering', name: 'Engineering', email: 'eng@shop.example', firstResponseHours: 2, resolutionHours: 24 },
        { key: 'customer-service', name: 'CS', firstResponseHours: 1, resolutionHours: 8 },
        { key: 'form-owners', name: 'Forms', firstResponseHours: 1, resolutionHours: 8 },
        { key: 'commercial', name: 'Commercial', firstResponseHours: 1, resolutionHours: 8 },
        { key: 'triage', name: 'Triage', firstResponseHours: 1, resolutionHours: 8 },
      ],
    });
    expect(saved.teams[0]).toMatchObject({ email: 'eng@shop.example', members: [] });
  });

  it('dry-runs rules as edited against last week: which rule would have caught how many cases', async () => {
    const t = setup();
    const now = t.now();
    const plant = (id: string, path: string, rating: number, visit: string | null, daysAgo: number) =>
      t.db
        .prepare(`INSERT INTO responses (id, site_id, type, rating, path, visit_id, created_at, received_at) VALUES (?, ?, 'page_rating', ?, ?, ?, ?, ?)`)
        .run(id, t.site.id, rating, path, visit, now - daysAgo * 24 * HOUR, now);
    t.db.transaction(() => {
      plant('dry_1_aaaa', '/checkout/payment', 1, 'visit_a_1', 1);
      plant('dry_2_aaaa', '/checkout/payment', 2, 'visit_a_1', 1); // same visit: one case
      plant('dry_3_aaaa', '/checkout/payment', 1, null, 2);
      plant('dry_4_aaaa', '/cart', 2, null, 3);
      plant('dry_5_aaaa', '/cart', 4, null, 3); // no complaint
      plant('dry_6_aaaa', '/cart', 1, null, 9); // before last week
    })();
    const result = await t.send<RoutingDryRunResult>('POST', '/routing-rules/dry-run', {
      rules: [
        { match: { page: { type: 'exact', value: '/checkout/payment' } }, team: 'engineering' },
        { match: { page: { type: 'prefix', value: '/checkout' } }, team: 'commercial' },
      ],
      fallbackTeam: 'triage',
    });
    expect(result).toMatchObject({ cases: 3, perRule: [2, 0], fallback: 1, perTeam: { engineering: 2, triage: 1 } });
    // Nothing was saved.
    expect((await t.get<RoutingRules>('/routing-rules')).rules).toHaveLength(5);
  });
});

describe('working a case', () => {
  it('assigns, changes status and team with an audit line each, stamping first response and resolution', async () => {
    const t = setup();
    const member = await addTestUser(t.db, 'mia@team.example', 'member', undefined, [t.site.id]);
    const token = addTestApiToken(t.db, member.id);
    await t.collect(rating(t.site.key, { rating: 1 }));
    const [c] = (await t.get<CaseList>('/cases')).cases;
    const patch = (body: unknown, status = 200) =>
      json<CaseDetail>(t.app.request(`/api/sites/${t.site.key}/cases/${c!.id}`, { method: 'PATCH', body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }), status);
    await patch({ assignee: 999 }, 400);
    t.advance(HOUR);
    const assigned = await patch({ assignee: member.id, status: 'in_progress' });
    expect(assigned).toMatchObject({ assignee: member.id, assigneeEmail: 'mia@team.example', status: 'in_progress' });
    expect(Date.parse(assigned.firstResponseAt!) - Date.parse(assigned.createdAt)).toBe(HOUR);
    const moved = await patch({ team: 'engineering' });
    expect(Date.parse(moved.dueAt) - Date.parse(moved.createdAt)).toBe(72 * HOUR);
    const resolved = await patch({ status: 'resolved' });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(resolved.events.map((e) => [e.field, e.actor, e.from, e.to])).toEqual([
      ['created', null, null, 'triage'],
      ['status', 'mia@team.example', 'new', 'in_progress'],
      ['assignee', 'mia@team.example', null, 'mia@team.example'],
      ['team', 'mia@team.example', 'triage', 'engineering'],
      ['status', 'mia@team.example', 'in_progress', 'resolved'],
    ]);
    const reopened = await patch({ status: 'new' });
    expect(reopened.resolvedAt).toBeNull();
  });

  it('keeps notes with their @mentions and mails the teammate mentioned', async () => {
    const t = setup();
    const ann = await addTestUser(t.db, 'ann@team.example', 'member', undefined, [t.site.id]);
    await t.collect(rating(t.site.key, { rating: 2 }));
    const [c] = (await t.get<CaseList>('/cases')).cases;
    const detail = await t.send<CaseDetail>('POST', `/cases/${c!.id}/notes`, { text: '@ann can you look? <b>not html</b>' }, 201);
    expect(detail.notes).toEqual([expect.objectContaining({ text: '@ann can you look? <b>not html</b>', mentions: [{ id: ann.id, email: 'ann@team.example' }] })]);
    expect(t.db.prepare(`SELECT to_address FROM mail_outbox WHERE kind = 'mention'`).pluck().all()).toEqual(['ann@team.example']);
  });

  it('filters and pages the inbox', async () => {
    const t = setup();
    for (let i = 0; i < 3; i++) await t.collect(rating(t.site.key, { rating: 1, path: '/cart', comment: `broken cart ${i}` }));
    await t.collect(rating(t.site.key, { rating: 2, path: '/checkout', lang: 'zh-CN' }));
    const page1 = await t.get<CaseList>('/cases?limit=2');
    expect([page1.cases.length, page1.more, page1.total]).toEqual([2, true, 4]);
    expect((await t.get<CaseList>('/cases?limit=2&offset=2')).more).toBe(false);
    expect((await t.get<CaseList>('/cases?path=/checkout')).total).toBe(1);
    expect((await t.get<CaseList>('/cases?lang=zh')).total).toBe(1);
    expect((await t.get<CaseList>('/cases?q=cart%201')).total).toBe(1);
    expect((await t.get<CaseList>('/cases?status=new,in_progress&team=triage&assignee=none')).total).toBe(4);
    expect((await t.get<CaseList>('/cases?status=resolved')).total).toBe(0);
    expect((await t.get<CaseList>('/cases?overdue=true')).total).toBe(0);
    const ids = page1.cases.map((c) => c.id);
    expect(await t.send<{ changed: number[] }>('POST', '/cases/bulk', { ids, status: 'resolved' })).toEqual({ changed: ids });
    expect((await t.get<CaseList>('/cases')).counts).toMatchObject({ new: 2, resolved: 2 });
  });

  it('marks a case overdue once its first response is due unanswered', async () => {
    const { db, site, admin, now } = setup();
    const old = now() - 9 * HOUR; // triage answers within 8 hours
    db.transaction(() =>
      db.prepare(`INSERT INTO responses (id, site_id, type, rating, path, created_at, received_at) VALUES ('late_1_aaaa', ?, 'page_rating', 1, '/', ?, ?)`).run(site.id, old, old),
    )();
    openCasesFromNewFeedback(db, now());
    const list = await json<CaseList>(admin(`/api/sites/${site.key}/cases?overdue=true`));
    expect(list.cases.map((c) => c.overdue)).toEqual([true]);
    expect(list.counts.overdue).toBe(1);
  });
});

describe('resolving a problem', () => {
  it('closes its open cases at once and tells, in one message, the shoppers who asked to be answered', async () => {
    const t = setup();
    await t.collect(rating(t.site.key, { rating: 1, path: '/checkout/payment', comment: 'Timed out', contact: { email: 'a@example.com', consent: true } }));
    await t.collect(rating(t.site.key, { rating: 2, path: '/checkout/payment' }));
    await t.collect(rating(t.site.key, { rating: 1, path: '/cart' }));
    const { cases } = await t.get<CaseList>('/cases?sort=oldest');
    expect(cases[0]!.problem).toBe('page:/checkout/payment');
    const result = await t.send<{ resolved: number[]; told: number[] }>('POST', '/problems/resolve', {
      problem: 'page:/checkout/payment',
      text: 'We fixed the payment timeout you hit.',
    });
    expect(result).toEqual({ resolved: [cases[0]!.id, cases[1]!.id], told: [cases[0]!.id] });
    const after = await t.get<CaseList>('/cases?sort=oldest');
    expect(after.cases.map((c) => [c.status, c.customerTold])).toEqual([['resolved', true], ['resolved', false], ['new', false]]);
    expect(t.db.prepare(`SELECT to_address FROM mail_outbox WHERE kind = 'reply'`).pluck().all()).toEqual(['a@example.com']);
  });
});

describe('the loop view', () => {
  it('answers the contract with the period against the previous one', async () => {
    const t = setup();
    await t.collect(rating(t.site.key, { rating: 1 }));
    const [c] = (await t.get<CaseList>('/cases')).cases;
    t.advance(3 * HOUR);
    await t.send('PATCH', `/cases/${c!.id}`, { status: 'resolved' });
    const loop = await t.get<Loop>('/loop');
    expect(loop).toMatchObject({ cases: 1, actedOn: 1, closeLoopRate: 1, told: 0, toldRate: 0, withinSla: 1, overdue: 0, recovered: 0 });
    expect(loop.resolution).toEqual({ median: 3, p90: 3 });
    expect(loop.firstResponse).toEqual({ median: 3, p90: 3 });
    expect(loop.previous.cases).toBe(0);
    expect(loop.teams.find((team) => team.team === 'triage')?.cases).toBe(1);
  });
});

describe('deletion and retention', () => {
  it('deletes a case with its last response: no shopper text, note or mail left', async () => {
    const t = setup();
    await t.collect(rating(t.site.key, { id: 'gone_resp_1', rating: 1, comment: 'my address is …', contact: { email: 'x@example.com', consent: true } }));
    const [c] = (await t.get<CaseList>('/cases')).cases;
    await t.send('POST', `/cases/${c!.id}/notes`, { text: 'called back' }, 201);
    await t.send('POST', `/cases/${c!.id}/reply`, { text: 'Sorry' }, 201);
    expect((await t.admin(`/api/sites/${t.site.key}/responses/gone_resp_1`, { method: 'DELETE' })).status).toBeLessThan(300);
    for (const table of ['cases', 'case_feedback', 'case_notes', 'case_events', 'mail_outbox']) {
      expect(t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });

  it('retention removes cases and mail past the site’s retention', async () => {
    const t = setup();
    await t.collect(rating(t.site.key, { rating: 1, contact: { email: 'y@example.com', consent: true }, comment: 'hi' }));
    const [c] = (await t.get<CaseList>('/cases')).cases;
    await t.send('POST', `/cases/${c!.id}/reply`, { text: 'Sorry' }, 201);
    await deleteVisitorData(t.db, t.site.id, t.now() + 1);
    expect(t.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
  });
});
