import { describe, expect, it } from 'vitest';
import { surveySchema } from '../../../../shared/schemas/survey.ts';
import { surveyIssues } from '../../../../shared/surveyIssues.ts';
import { describeSurveyIssuePath, draftFromSurvey, questionDraft, surveyFromDraft } from './surveyDraft.ts';
import { AFTER_PURCHASE_CSAT, QUARTERLY_NPS, SURVEY_TEMPLATES } from './surveyTemplates.ts';

describe('survey templates', () => {
  it('are valid surveys the server would take, as drafts', () => {
    for (const template of SURVEY_TEMPLATES.slice(0, 2)) {
      const survey = surveySchema.parse(template.survey());
      expect(surveyIssues(survey), template.name).toEqual([]);
      expect(survey.status).toBe('draft');
    }
  });

  it('set up the after-purchase CSAT and the quarterly NPS the issue asks for', () => {
    expect(AFTER_PURCHASE_CSAT.trigger).toEqual({ type: 'event', event: 'order_completed' });
    expect(AFTER_PURCHASE_CSAT.questions.map((q) => q.type)).toEqual(['csat', 'open_text']);
    expect(AFTER_PURCHASE_CSAT.questions[1]!.showIf).toEqual({ question: 'satisfaction', bands: ['low'] });
    expect(QUARTERLY_NPS).toMatchObject({ trigger: { type: 'pageview' }, targeting: { samplePercent: 10 }, recurDays: 90 });
    expect(QUARTERLY_NPS.questions[1]).toMatchObject({ type: 'open_text', text: 'What could we do better?', showIf: { bands: ['detractor'] } });
  });
});

describe('the survey draft', () => {
  it('gives back the survey it was made from', () => {
    for (const survey of [AFTER_PURCHASE_CSAT, QUARTERLY_NPS]) {
      expect(surveyFromDraft(draftFromSurvey(survey))).toEqual(surveySchema.parse(survey));
    }
  });

  it('keeps every field, strings and attributes included', () => {
    const survey = surveySchema.parse({
      key: 'choices',
      name: 'Choices',
      status: 'live',
      questions: [
        { id: 'found', type: 'single_choice', text: 'How did you find us?', options: [{ id: 'search', label: 'Search' }, { id: 'friend', label: 'A friend' }] },
        { id: 'effort', type: 'ces', text: 'Easy?' },
        { id: 'why', type: 'open_text', text: 'Why?', placeholder: 'Tell us', showIf: { question: 'effort', bands: ['low', 'neutral'] } },
      ],
      trigger: { type: 'scroll_depth', percent: 60 },
      targeting: { devices: ['mobile'], visitor: 'returning', languages: ['en', 'zh'], attributes: { plan: 'gold' }, samplePercent: 25, pages: [{ type: 'prefix', value: '/help' }] },
      recurDays: 30,
      strings: { 'zh-CN': { send: '提交', 'why.text': '为什么？' } },
    });
    expect(surveyFromDraft(draftFromSurvey(survey))).toEqual(survey);
  });

  it('drops empty rows and sends numbers as typed for the server to judge', () => {
    const draft = draftFromSurvey(QUARTERLY_NPS);
    draft.excludePages.push({ id: 'x', type: 'exact', value: '  ' });
    draft.attributes.push({ row: 'y', key: ' ', value: 'ignored' });
    draft.samplePercent = 'ten';
    draft.recurDays = '';
    const survey = surveyFromDraft(draft);
    expect(survey.targeting!.excludePages).toEqual([{ type: 'prefix', value: '/checkout' }]);
    expect(survey.targeting!.attributes).toEqual({});
    expect(survey.targeting!.samplePercent).toBeNaN();
    expect(survey.recurDays).toBeNull();
  });

  it('names a new question after its type, never taking an id in use', () => {
    expect(questionDraft('open_text', []).id).toBe('open-text');
    expect(questionDraft('nps', ['nps', 'nps-2']).id).toBe('nps-3');
    expect(questionDraft('single_choice').options).toHaveLength(2);
  });
});

describe('issue paths in the editor’s words', () => {
  it.each([
    ['questions.1.options.0.id', 'Question 2, option 1, id'],
    ['questions.0.showIf.bands.0', 'Question 1, follow-up rule, answers'],
    ['targeting.samplePercent', 'Who is asked, share asked'],
    ['targeting.excludePages.2.value', 'Who is asked, excluded pages rule 3, path'],
    ['trigger.event', 'Trigger, event name'],
    ['recurDays', 'Ask again after'],
  ])('%s → %s', (path, words) => {
    expect(describeSurveyIssuePath(path)).toBe(words);
  });
});
