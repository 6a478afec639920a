import type { SurveyInput } from '../../../../shared/schemas/survey.ts';

// One-click starting points: what most shops ask. Each opens in the editor as
// a draft; nothing reaches shoppers until it is saved and put live.

/** After an order: CSAT, and for a low score what went wrong. The shop calls `touchpoint('track', 'order_completed')`. */
export const AFTER_PURCHASE_CSAT: SurveyInput = {
  key: 'after-purchase-csat',
  name: 'After-purchase CSAT',
  status: 'draft',
  questions: [
    { id: 'satisfaction', type: 'csat', text: 'How satisfied are you with your order today?', style: 'faces' },
    {
      id: 'what-went-wrong',
      type: 'open_text',
      text: 'Sorry to hear that. What went wrong?',
      placeholder: 'Tell us what we should fix',
      showIf: { question: 'satisfaction', bands: ['low'] },
    },
  ],
  trigger: { type: 'event', event: 'order_completed' },
  targeting: { pages: [], excludePages: [], devices: [], visitor: 'any', languages: [], attributes: {}, samplePercent: 100 },
  recurDays: 30,
  strings: {},
};

/** The relationship question, to a sample, at most once a quarter per visitor. */
export const QUARTERLY_NPS: SurveyInput = {
  key: 'quarterly-nps',
  name: 'Quarterly NPS',
  status: 'draft',
  questions: [
    { id: 'recommend', type: 'nps' },
    {
      id: 'do-better',
      type: 'open_text',
      text: 'What could we do better?',
      showIf: { question: 'recommend', bands: ['detractor'] },
    },
  ],
  trigger: { type: 'pageview' },
  targeting: {
    pages: [],
    excludePages: [{ type: 'prefix', value: '/checkout' }],
    devices: [],
    visitor: 'any',
    languages: [],
    attributes: {},
    samplePercent: 10,
  },
  recurDays: 90,
  strings: {},
};

export function blankSurvey(): SurveyInput {
  return {
    key: '',
    name: '',
    status: 'draft',
    questions: [{ id: 'csat', type: 'csat', style: 'numbers' }],
    trigger: { type: 'pageview' },
    recurDays: null,
  };
}

export interface SurveyTemplate {
  name: string;
  description: string;
  survey: () => SurveyInput;
}

export const SURVEY_TEMPLATES: SurveyTemplate[] = [
  {
    name: 'After-purchase CSAT',
    description: 'Asks how satisfied shoppers are once an order is placed, and what went wrong when the answer is low.',
    survey: () => structuredClone(AFTER_PURCHASE_CSAT),
  },
  {
    name: 'Quarterly NPS',
    description: 'Asks 10% of visitors how likely they are to recommend you, at most every 90 days, and detractors what to do better.',
    survey: () => structuredClone(QUARTERLY_NPS),
  },
  { name: 'Blank survey', description: 'One question to start from; add up to five.', survey: blankSurvey },
];
