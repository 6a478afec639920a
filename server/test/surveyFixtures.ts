import type { SurveyInput } from '../../shared/schemas/survey.ts';
import type { SurveyAnswerInput } from '../../shared/schemas/response.ts';
import type { Db } from '../src/db/openDatabase.ts';
import type { VisitorColumns } from '../src/db/visitorColumns.ts';
import { visitorColumns } from '../src/ingest/visitorColumns.ts';
import { insertSurveyAnswer, type NewSurveyAnswer } from '../src/db/queries/surveys/insertSurveyAnswer.ts';
import { insertSurveyEvent, type NewSurveyEvent } from '../src/db/queries/surveys/insertSurveyEvent.ts';
import { newId } from './journeyFixtures.ts';

/** A quarterly NPS with a follow-up for detractors. */
export const NPS_SURVEY: SurveyInput = {
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

/** Every other question type, after checkout. */
export const CHECKOUT_SURVEY: SurveyInput = {
  key: 'after-purchase',
  name: 'After purchase',
  status: 'live',
  questions: [
    { id: 'satisfaction', type: 'csat', style: 'faces' },
    { id: 'effort', type: 'ces' },
    { id: 'helpful', type: 'thumbs', text: 'Did the order page help?' },
    {
      id: 'found',
      type: 'single_choice',
      text: 'How did you find us?',
      options: [
        { id: 'search', label: 'Search' },
        { id: 'friend', label: 'A friend' },
      ],
    },
    {
      id: 'liked',
      type: 'multiple_choice',
      text: 'What did you like?',
      options: [
        { id: 'price', label: 'Price' },
        { id: 'speed', label: 'Delivery speed' },
        { id: 'choice', label: 'Choice' },
      ],
    },
  ],
  trigger: { type: 'event', event: 'order_completed' },
};

export function surveyAnswer(siteKey: string, survey: string, question: string, value: unknown, overrides: Record<string, unknown> = {}) {
  return { type: 'survey_answer', id: newId('ans'), site: siteKey, visitId: 'visit_00000001', survey, question, value, path: '/checkout/thank-you', ...overrides };
}

export function surveyEvent(siteKey: string, survey: string, event: 'shown' | 'dismissed' | 'completed', overrides: Record<string, unknown> = {}) {
  return { type: 'survey_event', id: newId('sev'), site: siteKey, visitId: 'visit_00000001', survey, event, path: '/checkout/thank-you', ...overrides };
}

/** Hand-made stored data at a given time, for results: what the live path would have stored. */
export function storeAnswer(
  db: Db,
  { returning, attributes, ...answer }: Partial<Omit<NewSurveyAnswer, keyof VisitorColumns>> &
    Pick<NewSurveyAnswer, 'siteId' | 'survey' | 'question' | 'questionType' | 'createdAt'> &
    Pick<SurveyAnswerInput, 'returning' | 'attributes'>,
) {
  insertSurveyAnswer(db, { id: newId('ans'), path: '/', receivedAt: answer.createdAt, ...answer, ...visitorColumns({ returning, attributes }) });
}

export function storeEvent(db: Db, event: Partial<NewSurveyEvent> & Pick<NewSurveyEvent, 'siteId' | 'survey' | 'event' | 'createdAt'>) {
  insertSurveyEvent(db, { id: newId('sev'), path: '/', receivedAt: event.createdAt, ...event });
}
