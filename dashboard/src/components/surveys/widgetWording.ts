import type { Question } from '../../../../shared/schemas/survey.ts';
import type { ScoreBand } from '../../../../shared/surveyScales.ts';

// The widget's English words for surveys, as in widget/src/i18n/ (English files)
// (widgetWording.test.ts checks they agree), so the preview and the results
// show what shoppers see when a question keeps the default wording.
export const WIDGET_WORDING = {
  send: 'Send',
  next: 'Next',
  close: 'Close',
  chooseAll: 'Choose all that apply.',
  nps: 'How likely are you to recommend us to a friend or colleague?',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  csat: 'How satisfied are you with your experience today?',
  csatLow: 'Very dissatisfied',
  csatHigh: 'Very satisfied',
  ces: 'How easy was it to do what you came here to do?',
  cesLow: 'Very difficult',
  cesHigh: 'Very easy',
  thumbs: 'Was this page helpful?',
  yes: 'Yes',
  no: 'No',
};

export type WordingKey = keyof typeof WIDGET_WORDING;

export const QUESTION_TYPE_LABELS: Record<Question['type'], string> = {
  nps: 'NPS (0–10)',
  csat: 'CSAT (1–5)',
  ces: 'CES (1–7, how easy)',
  thumbs: 'Thumbs up / down',
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  open_text: 'Open text',
};

export const BAND_LABELS: Record<ScoreBand, string> = {
  detractor: 'Detractors (0–6)',
  passive: 'Passives (7–8)',
  promoter: 'Promoters (9–10)',
  low: 'Low',
  neutral: 'Neutral',
  high: 'High',
};

/** Band names with the answers they hold, per scale. */
export function bandLabel(type: Question['type'], band: ScoreBand): string {
  if (type === 'csat') return { low: 'Low (1–2)', neutral: 'Neutral (3)', high: 'High (4–5)' }[band as 'low'] ?? BAND_LABELS[band];
  if (type === 'ces') return { low: 'Hard (1–3)', neutral: 'Neutral (4)', high: 'Easy (5–7)' }[band as 'low'] ?? BAND_LABELS[band];
  if (type === 'thumbs') return { low: 'Thumbs down', high: 'Thumbs up' }[band as 'low'] ?? BAND_LABELS[band];
  return BAND_LABELS[band];
}

/** The question as shoppers read it: its own text, else the widget's default for its type. */
export function questionWording(question: { type: Question['type']; text?: string | null }): string {
  if (question.text) return question.text;
  const type = question.type;
  return type === 'nps' || type === 'csat' || type === 'ces' || type === 'thumbs' ? WIDGET_WORDING[type] : '';
}
