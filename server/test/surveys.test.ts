import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { siteConfigSchema } from '../../shared/schemas/siteConfig.ts';
import { surveyListSchema } from '../../shared/schemas/surveyAdmin.ts';
import { surveySchema, type SurveyInput } from '../../shared/schemas/survey.ts';
import { addTestApiToken, addTestUser, PASSWORD } from './accounts.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY } from './surveyFixtures.ts';
import { testApp } from './testApp.ts';

type Admin = ReturnType<typeof testApp>['admin'];

async function issuePaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = errorBodySchema.parse(await res.json());
  expect(body.error.code).toBe('invalid_payload');
  return body.error.issues?.map((issue) => issue.path) ?? [];
}

function put(admin: Admin, siteKey: string, survey: unknown, key = (survey as SurveyInput).key) {
  return admin(`/api/sites/${siteKey}/surveys/${key}`, { method: 'PUT', body: JSON.stringify(survey) });
}

function setStatus(admin: Admin, siteKey: string, key: string, status: string) {
  return admin(`/api/sites/${siteKey}/surveys/${key}`, { method: 'PATCH', body: JSON.stringify({ status }) });
}

describe('/api/sites/:siteKey/surveys', () => {
  it('creates a survey (201), replaces it (200) and lists it with its defaults filled in', async () => {
    const { admin, site } = testApp();
    const created = await put(admin, site.key, NPS_SURVEY);
    expect(created.status).toBe(201);
    expect(surveySchema.parse(await created.json()).targeting).toMatchObject({ samplePercent: 10, pages: [], visitor: 'any' });
    const replaced = await put(admin, site.key, { ...NPS_SURVEY, name: 'NPS, Q3' });
    expect(replaced.status).toBe(200);

    const list = surveyListSchema.parse(await (await admin(`/api/sites/${site.key}/surveys`)).json());
    expect(list.cooldownDays).toBe(14);
    expect(list.surveys).toHaveLength(1);
    expect(list.surveys[0]).toMatchObject({ key: 'quarterly-nps', name: 'NPS, Q3', recurDays: 90, strings: {} });
    expect(list.figures['quarterly-nps']).toEqual({
      shown: 0,
      answered: 0,
      completed: 0,
      dismissed: 0,
      completionRate: null,
      headline: { question: 'recommend', type: 'nps', score: { value: null, low: null, high: null, n: 0, enough: false } },
    });
  });

  it('keeps surveys in the order they were created', async () => {
    const { admin, site } = testApp();
    await put(admin, site.key, NPS_SURVEY);
    await put(admin, site.key, CHECKOUT_SURVEY);
    await put(admin, site.key, { ...NPS_SURVEY, name: 'Changed' });
    const list = surveyListSchema.parse(await (await admin(`/api/sites/${site.key}/surveys`)).json());
    expect(list.surveys.map((s) => s.key)).toEqual(['quarterly-nps', 'after-purchase']);
  });

  it('refuses a body whose key differs from the URL', async () => {
    const { admin, site } = testApp();
    expect(await issuePaths(await put(admin, site.key, NPS_SURVEY, 'other'))).toEqual(['key']);
  });

  const invalid: [string, (s: SurveyInput) => unknown, string][] = [
    ['no questions', (s) => ({ ...s, questions: [] }), 'questions'],
    ['six questions', (s) => ({ ...s, questions: [1, 2, 3, 4, 5, 6].map((i) => ({ id: `q${i}`, type: 'thumbs' })) }), 'questions'],
    ['an unknown question type', (s) => ({ ...s, questions: [{ id: 'q', type: 'slider' }] }), 'questions.0.type'],
    ['a choice question with one option', (s) => ({ ...s, questions: [{ id: 'q', type: 'single_choice', text: 'Pick', options: [{ id: 'a', label: 'A' }] }] }), 'questions.0.options'],
    ['an open text question without text', (s) => ({ ...s, questions: [{ id: 'q', type: 'open_text' }] }), 'questions.0.text'],
    ['two questions with one id', (s) => ({ ...s, questions: [{ id: 'q', type: 'nps' }, { id: 'q', type: 'thumbs' }] }), 'questions.1.id'],
    [
      'two options with one id',
      (s) => ({ ...s, questions: [{ id: 'q', type: 'multiple_choice', text: 'Pick', options: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }] }),
      'questions.0.options.1.id',
    ],
    ['a follow-up on a later question', (s) => ({ ...s, questions: [{ ...s.questions[1]!, showIf: { question: 'recommend', bands: ['detractor'] } }, s.questions[0]] }), 'questions.0.showIf.question'],
    ['a follow-up on an unknown question', (s) => ({ ...s, questions: [s.questions[0], { ...s.questions[1]!, showIf: { question: 'nope', bands: ['low'] } }] }), 'questions.1.showIf.question'],
    ['a follow-up on a band the score does not have', (s) => ({ ...s, questions: [s.questions[0], { ...s.questions[1]!, showIf: { question: 'recommend', bands: ['low'] } }] }), 'questions.1.showIf.bands.0'],
    [
      'a follow-up on a text answer',
      (s) => ({ ...s, questions: [{ id: 'why', type: 'open_text', text: 'Why?' }, { id: 'q', type: 'thumbs', showIf: { question: 'why', bands: ['low'] } }] }),
      'questions.1.showIf.question',
    ],
    ['an unknown status', (s) => ({ ...s, status: 'archived' }), 'status'],
    ['an event trigger without the event', (s) => ({ ...s, trigger: { type: 'event' } }), 'trigger.event'],
    ['a sample over 100%', (s) => ({ ...s, targeting: { samplePercent: 150 } }), 'targeting.samplePercent'],
    ['a page rule without a leading slash', (s) => ({ ...s, targeting: { pages: [{ type: 'prefix', value: 'checkout' }] } }), 'targeting.pages.0.value'],
    ['a page pattern with more than 8 *', (s) => ({ ...s, targeting: { excludePages: [{ type: 'pattern', value: '/' + '*x'.repeat(9) }] } }), 'targeting.excludePages.0.value'],
    ['recurDays of 0', (s) => ({ ...s, recurDays: 0 }), 'recurDays'],
  ];
  for (const [name, change, path] of invalid) {
    it(`refuses ${name} with 400 naming ${path}, storing nothing`, async () => {
      const { admin, site, db } = testApp();
      expect(await issuePaths(await put(admin, site.key, change(NPS_SURVEY)))).toContain(path);
      expect(db.prepare('SELECT count(*) FROM surveys').pluck().get()).toBe(0);
    });
  }

  it('pauses a survey and puts it live again', async () => {
    const { admin, site } = testApp();
    await put(admin, site.key, NPS_SURVEY);
    const paused = await setStatus(admin, site.key, NPS_SURVEY.key, 'paused');
    expect(paused.status).toBe(200);
    expect(surveySchema.parse(await paused.json())).toMatchObject({ key: 'quarterly-nps', status: 'paused', recurDays: 90 });
    const list = surveyListSchema.parse(await (await admin(`/api/sites/${site.key}/surveys`)).json());
    expect(list.surveys[0]!.status).toBe('paused');
    expect((await setStatus(admin, site.key, NPS_SURVEY.key, 'live')).status).toBe(200);
  });

  it('answers 404 to a status change or deletion of an unknown survey, and 400 to an unknown status', async () => {
    const { admin, site } = testApp();
    expect((await setStatus(admin, site.key, 'nope', 'paused')).status).toBe(404);
    expect((await admin(`/api/sites/${site.key}/surveys/nope`, { method: 'DELETE' })).status).toBe(404);
    await put(admin, site.key, NPS_SURVEY);
    expect(await issuePaths(await setStatus(admin, site.key, NPS_SURVEY.key, 'stopped'))).toEqual(['status']);
  });

  it('deletes a survey (204)', async () => {
    const { admin, site } = testApp();
    await put(admin, site.key, NPS_SURVEY);
    expect((await admin(`/api/sites/${site.key}/surveys/${NPS_SURVEY.key}`, { method: 'DELETE' })).status).toBe(204);
    const list = surveyListSchema.parse(await (await admin(`/api/sites/${site.key}/surveys`)).json());
    expect(list.surveys).toEqual([]);
  });

  it('answers 404 for an unknown site', async () => {
    const { admin } = testApp();
    expect((await admin('/api/sites/nope/surveys')).status).toBe(404);
    expect((await put(admin, 'nope', NPS_SURVEY)).status).toBe(404);
  });
});

describe('/api/sites/:siteKey/survey-settings', () => {
  it('sets the site-wide cooldown, 14 days by default', async () => {
    const { admin, site } = testApp();
    expect(await (await admin(`/api/sites/${site.key}/survey-settings`)).json()).toEqual({ cooldownDays: 14 });
    const res = await admin(`/api/sites/${site.key}/survey-settings`, { method: 'PUT', body: JSON.stringify({ cooldownDays: 30 }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ cooldownDays: 30 });
    const list = surveyListSchema.parse(await (await admin(`/api/sites/${site.key}/surveys`)).json());
    expect(list.cooldownDays).toBe(30);
  });

  for (const body of [{ cooldownDays: -1 }, { cooldownDays: 366 }, { cooldownDays: 2.5 }, {}, { cooldownDays: 7, other: 1 }]) {
    it(`refuses ${JSON.stringify(body)}`, async () => {
      const { admin, site } = testApp();
      const res = await admin(`/api/sites/${site.key}/survey-settings`, { method: 'PUT', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect((await admin(`/api/sites/${site.key}/survey-settings`)).status).toBe(200);
    });
  }
});

describe('surveys in the public site config', () => {
  it('carries live surveys only, with the cooldown, and a new ETag whenever they change', async () => {
    const { app, admin, site } = testApp();
    const config = async (etag?: string) => {
      const res = await app.request(`/v1/sites/${site.key}/config`, { headers: etag ? { 'if-none-match': etag } : {} });
      return { res, etag: res.headers.get('etag')! };
    };
    const first = await config();
    expect(siteConfigSchema.parse(await first.res.json()).surveys).toEqual({ cooldownDays: 14, surveys: [] });

    await put(admin, site.key, { ...NPS_SURVEY, status: 'draft' });
    await put(admin, site.key, CHECKOUT_SURVEY);
    const second = await config(first.etag);
    expect(second.res.status).toBe(200);
    const body = siteConfigSchema.parse(await second.res.json());
    expect(body.surveys.surveys.map((s) => s.key)).toEqual(['after-purchase']);
    expect(body.surveys.surveys[0]!.trigger).toEqual({ type: 'event', event: 'order_completed' });
    expect((await config(second.etag)).res.status).toBe(304);

    await setStatus(admin, site.key, NPS_SURVEY.key, 'live');
    await setStatus(admin, site.key, CHECKOUT_SURVEY.key, 'paused');
    await admin(`/api/sites/${site.key}/survey-settings`, { method: 'PUT', body: JSON.stringify({ cooldownDays: 3 }) });
    const third = await config(second.etag);
    expect(third.res.status).toBe(200);
    const after = siteConfigSchema.parse(await third.res.json()).surveys;
    expect(after.cooldownDays).toBe(3);
    expect(after.surveys.map((s) => [s.key, s.status])).toEqual([['quarterly-nps', 'live']]);

    await admin(`/api/sites/${site.key}/surveys/${NPS_SURVEY.key}`, { method: 'DELETE' });
    expect(siteConfigSchema.parse(await (await config(third.etag)).res.json()).surveys.surveys).toEqual([]);
  });
});

describe('who may manage surveys', () => {
  it('lets viewers read surveys and results, and only members and admins change them', async () => {
    const { app, db, site, admin } = testApp();
    await put(admin, site.key, NPS_SURVEY);
    const tokens: Record<string, string> = {};
    for (const role of ['viewer', 'member'] as const) {
      tokens[role] = addTestApiToken(db, (await addTestUser(db, `${role}@team.example`, role, PASSWORD, [site.id])).id);
    }
    const as = (role: string, path: string, method = 'GET', body?: unknown) =>
      app.request(`/api/sites/${site.key}${path}`, {
        method,
        headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const writes: [string, string, unknown][] = [
      ['/surveys/quarterly-nps', 'PUT', { ...NPS_SURVEY, name: 'Renamed' }],
      ['/surveys/quarterly-nps', 'PATCH', { status: 'paused' }],
      ['/survey-settings', 'PUT', { cooldownDays: 7 }],
      ['/surveys/quarterly-nps', 'DELETE', undefined],
    ];
    for (const path of ['/surveys', '/surveys/quarterly-nps/results', '/survey-settings']) {
      expect((await as('viewer', path)).status, path).toBe(200);
    }
    for (const [path, method, body] of writes) {
      const res = await as('viewer', path, method, body);
      expect(res.status, `viewer ${method} ${path}`).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
    for (const [path, method, body] of writes) {
      expect((await as('member', path, method, body)).status, `member ${method} ${path}`).toBeLessThan(300);
    }
  });

  it('answers 401 without credentials', async () => {
    const { app, site } = testApp();
    expect((await app.request(`/api/sites/${site.key}/surveys`)).status).toBe(401);
  });
});
