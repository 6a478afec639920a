import { surveySchema } from '../../../../shared/schemas/survey.ts';
import { surveyListSchema, surveySettingsSchema, surveyStatusChangeSchema } from '../../../../shared/schemas/surveyAdmin.ts';
import { surveyResultsQuerySchema, surveyResultsSchema } from '../../../../shared/schemas/surveyResults.ts';
import { insightQuerySchema } from '../../../../shared/schemas/insightQuery.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE } from './examples.ts';

const NPS = {
  key: 'quarterly-nps',
  name: 'Quarterly NPS',
  status: 'live',
  questions: [
    { id: 'recommend', type: 'nps', lowLabel: 'Not likely', highLabel: 'Very likely' },
    { id: 'better', type: 'open_text', text: 'What could we do better?', showIf: { question: 'recommend', bands: ['detractor'] } },
  ],
  trigger: { type: 'pageview' },
  targeting: { samplePercent: 10 },
  recurDays: 90,
};

/** routes/surveys.ts, routes/surveyResults.ts, routes/surveySettings.ts */
export const surveyOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/surveys',
    tag: 'Surveys',
    summary: 'List the surveys with their key figures for a range',
    query: { schema: insightQuerySchema, example: RANGE },
    answer: { status: 200, description: 'The surveys.', schema: surveyListSchema },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/surveys/:survey',
    tag: 'Surveys',
    summary: 'Create or replace a survey: questions, trigger, targeting, recurrence, strings per language',
    description: 'Answers 201 when created, 200 when replaced.',
    body: { schema: surveySchema, example: NPS },
    answer: { status: 200, description: 'The survey as stored.', schema: surveySchema },
  },
  {
    method: 'patch',
    path: '/api/sites/:siteKey/surveys/:survey',
    tag: 'Surveys',
    summary: 'Set a survey live, pause it or put it back to draft',
    body: { schema: surveyStatusChangeSchema, example: { status: 'paused' } },
    answer: { status: 200, description: 'The survey as it now is.', schema: surveySchema },
  },
  {
    method: 'delete',
    path: '/api/sites/:siteKey/surveys/:survey',
    tag: 'Surveys',
    summary: 'Delete a survey',
    answer: { status: 204, description: 'Deleted.' },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/surveys/:survey/results',
    tag: 'Surveys',
    summary: "A survey's results: funnel, score with its interval, daily series, answers per question",
    query: { schema: surveyResultsQuerySchema, example: RANGE },
    answer: { status: 200, description: 'The results.', schema: surveyResultsSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/survey-settings',
    tag: 'Surveys',
    summary: 'The site-wide survey cooldown',
    answer: { status: 200, description: 'The settings.', schema: surveySettingsSchema, example: { cooldownDays: 30 } },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/survey-settings',
    tag: 'Surveys',
    summary: 'Set the site-wide survey cooldown',
    body: { schema: surveySettingsSchema, example: { cooldownDays: 14 } },
    answer: { status: 200, description: 'The settings as stored.', schema: surveySettingsSchema, example: { cooldownDays: 14 } },
  },
];
