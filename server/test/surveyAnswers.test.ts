import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { surveyResultsSchema } from '../../shared/schemas/surveyResults.ts';
import { MOBILE_UA } from './journeyFixtures.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY, surveyAnswer, surveyEvent } from './surveyFixtures.ts';
import { testApp } from './testApp.ts';

async function appWithSurveys() {
  const t = testApp();
  for (const survey of [NPS_SURVEY, CHECKOUT_SURVEY]) {
    await t.admin(`/api/sites/${t.site.key}/surveys/${survey.key}`, { method: 'PUT', body: JSON.stringify(survey) });
  }
  const answers = () => t.db.prepare('SELECT * FROM survey_answers ORDER BY rowid').all() as Record<string, unknown>[];
  const events = () => t.db.prepare('SELECT * FROM survey_events ORDER BY rowid').all() as Record<string, unknown>[];
  return { ...t, answers, events };
}

async function issuePaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = errorBodySchema.parse(await res.json());
  expect(body.error.code).toBe('invalid_payload');
  return body.error.issues?.map((issue) => issue.path) ?? [];
}

describe('POST /v1/responses with survey answers', () => {
  it('stores an answer once, however often it is retried', async () => {
    const { collect, site, answers } = await appWithSurveys();
    const answer = surveyAnswer(site.key, 'quarterly-nps', 'recommend', 9, {
      lang: 'zh-CN',
      returning: true,
      attributes: { plan: 'gold' },
    });
    expect((await collect(answer, { 'user-agent': MOBILE_UA })).status).toBe(202);
    const retry = await collect(answer);
    expect(retry.status).toBe(202);
    expect(await retry.json()).toEqual({ id: answer.id });
    expect(answers()).toEqual([
      expect.objectContaining({
        id: answer.id,
        visit_id: 'visit_00000001',
        survey: 'quarterly-nps',
        question: 'recommend',
        question_type: 'nps',
        score: 9,
        value: null,
        path: '/checkout/thank-you',
        lang: 'zh-CN',
        device: 'mobile',
        returning_visitor: 1,
        attributes: '{"plan":"gold"}',
      }),
    ]);
  });

  it('stores choices as a list of option ids, and open text scrubbed of contact details', async () => {
    const { collect, site, answers } = await appWithSurveys();
    await collect(surveyAnswer(site.key, 'after-purchase', 'found', 'friend'));
    await collect(surveyAnswer(site.key, 'after-purchase', 'liked', ['price', 'speed']));
    await collect(surveyAnswer(site.key, 'quarterly-nps', 'better', '  Call me on +44 20 7946 0958 or mail ana@example.com  '));
    await collect(surveyAnswer(site.key, 'after-purchase', 'helpful', 0));
    expect(answers().map((a) => [a.question, a.score, a.value])).toEqual([
      ['found', null, '["friend"]'],
      ['liked', null, '["price","speed"]'],
      ['better', null, 'Call me on [phone] or mail [email]'],
      ['helpful', 0, null],
    ]);
  });

  const valid: [string, string, unknown][] = [
    ['recommend', 'quarterly-nps', 0],
    ['recommend', 'quarterly-nps', 10],
    ['satisfaction', 'after-purchase', 1],
    ['satisfaction', 'after-purchase', 5],
    ['effort', 'after-purchase', 7],
    ['helpful', 'after-purchase', 1],
  ];
  for (const [question, survey, value] of valid) {
    it(`accepts ${JSON.stringify(value)} for ${question}`, async () => {
      const { collect, site, answers } = await appWithSurveys();
      expect((await collect(surveyAnswer(site.key, survey, question, value))).status).toBe(202);
      expect(answers()).toHaveLength(1);
    });
  }

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an NPS of 11', { survey: 'quarterly-nps', question: 'recommend', value: 11 }, 'value'],
    ['an NPS of -1', { survey: 'quarterly-nps', question: 'recommend', value: -1 }, 'value'],
    ['an NPS of 7.5', { survey: 'quarterly-nps', question: 'recommend', value: 7.5 }, 'value'],
    ['an NPS given as text', { survey: 'quarterly-nps', question: 'recommend', value: '9' }, 'value'],
    ['a CSAT of 0', { question: 'satisfaction', value: 0 }, 'value'],
    ['a CSAT of 6', { question: 'satisfaction', value: 6 }, 'value'],
    ['a CES of 0', { question: 'effort', value: 0 }, 'value'],
    ['a CES of 8', { question: 'effort', value: 8 }, 'value'],
    ['a thumbs answer of 2', { question: 'helpful', value: 2 }, 'value'],
    ['an option the question does not offer', { question: 'found', value: 'billboard' }, 'value'],
    ['several options to a single choice', { question: 'found', value: ['search', 'friend'] }, 'value'],
    ['an unknown option among several', { question: 'liked', value: ['price', 'colour'] }, 'value'],
    ['no option to a multiple choice', { question: 'liked', value: [] }, 'value'],
    ['one option twice', { question: 'liked', value: ['price', 'price'] }, 'value'],
    ['a score to a choice question', { question: 'liked', value: 1 }, 'value'],
    ['empty text', { survey: 'quarterly-nps', question: 'better', value: '   ' }, 'value'],
    ['text over 2000 characters', { survey: 'quarterly-nps', question: 'better', value: 'x'.repeat(2001) }, 'value'],
    ['a number as open text', { survey: 'quarterly-nps', question: 'better', value: 3 }, 'value'],
    ['a question the survey does not have', { question: 'mood', value: 3 }, 'question'],
    ['a survey the site does not have', { survey: 'welcome', question: 'recommend', value: 3 }, 'survey'],
  ];
  for (const [name, overrides, path] of invalid) {
    it(`refuses ${name} with 400 naming ${path}, storing nothing`, async () => {
      const { collect, site, answers } = await appWithSurveys();
      const res = await collect({ ...surveyAnswer(site.key, 'after-purchase', 'satisfaction', 4), ...overrides });
      expect(await issuePaths(res)).toContain(path);
      expect(answers()).toEqual([]);
    });
  }

  it('still takes answers to a paused survey: the shopper may have been asked just before', async () => {
    const { collect, admin, site, answers } = await appWithSurveys();
    await admin(`/api/sites/${site.key}/surveys/quarterly-nps`, { method: 'PATCH', body: JSON.stringify({ status: 'paused' }) });
    expect((await collect(surveyAnswer(site.key, 'quarterly-nps', 'recommend', 3))).status).toBe(202);
    expect(answers()).toHaveLength(1);
  });

  it('refuses an answer from an origin not on the site list with 403', async () => {
    const { collect, site, answers } = await appWithSurveys();
    const res = await collect(surveyAnswer(site.key, 'quarterly-nps', 'recommend', 3), { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(answers()).toEqual([]);
  });

  it('counts a survey left after the first question: each answer is stored as it is given', async () => {
    const { collect, admin, site } = await appWithSurveys();
    await collect(surveyEvent(site.key, 'after-purchase', 'shown'));
    await collect(surveyAnswer(site.key, 'after-purchase', 'satisfaction', 2));
    await collect(surveyEvent(site.key, 'after-purchase', 'dismissed'));
    const results = surveyResultsSchema.parse(await (await admin(`/api/sites/${site.key}/surveys/after-purchase/results`)).json());
    expect(results.totals).toEqual({ shown: 1, answered: 1, completed: 0, dismissed: 1, completionRate: 0 });
    expect(results.questions.find((q) => q.id === 'satisfaction')).toMatchObject({ n: 1 });
    expect(results.questions.find((q) => q.id === 'effort')).toMatchObject({ n: 0 });
  });
});

describe('POST /v1/responses with survey events', () => {
  it('stores shown, dismissed and completed once each', async () => {
    const { collect, site, events } = await appWithSurveys();
    const shown = surveyEvent(site.key, 'quarterly-nps', 'shown');
    expect((await collect(shown)).status).toBe(202);
    expect((await collect(shown)).status).toBe(202);
    expect((await collect(surveyEvent(site.key, 'quarterly-nps', 'completed'))).status).toBe(202);
    expect(events().map((e) => [e.survey, e.event, e.visit_id, e.device])).toEqual([
      ['quarterly-nps', 'shown', 'visit_00000001', 'desktop'],
      ['quarterly-nps', 'completed', 'visit_00000001', 'desktop'],
    ]);
  });

  it('refuses an event of a survey the site does not have, or an unknown event', async () => {
    const { collect, site, events } = await appWithSurveys();
    expect(await issuePaths(await collect(surveyEvent(site.key, 'welcome', 'shown')))).toEqual(['survey']);
    expect(await issuePaths(await collect({ ...surveyEvent(site.key, 'quarterly-nps', 'shown'), event: 'clicked' }))).toContain('event');
    expect(events()).toEqual([]);
  });
});
