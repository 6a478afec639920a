import { COMMENT_MAX } from '../dialog/commentMax.ts';
import type { Question } from '../../../../shared/schemas/survey.ts';
import type { AnswerValue } from '../../surveys/branching.ts';
import type { SurveyStrings } from '../../surveys/surveyStrings.ts';
import { el } from '../dialog/el.ts';

export interface QuestionField {
  element: HTMLElement;
  /** The answer as sent, or undefined while there is none. */
  value(): AnswerValue | undefined;
}

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];
/** Score questions: first and last value, the bundled word for each end. */
const SCALES: Record<'nps' | 'csat' | 'ces', [number, number, 'npsLow' | 'csatLow' | 'cesLow', 'npsHigh' | 'csatHigh' | 'cesHigh']> = {
  nps: [0, 10, 'npsLow', 'npsHigh'],
  csat: [1, 5, 'csatLow', 'csatHigh'],
  ces: [1, 7, 'cesLow', 'cesHigh'],
};

/** The words of a question: the survey's override, else its own, else the bundled default of its type. */
export const wordsOf = (t: SurveyStrings, q: Question, key: string, own?: string, fallback = '') => t[`${q.id}.${key}`] || own || fallback;

/**
 * One question as native form controls: score scales and single choice are
 * radio groups (arrow keys, announcements and a single tab stop come from the
 * browser), multiple choice checkboxes, open text a textarea. The question is
 * the group's legend, so it names the group.
 */
export function questionField(q: Question, t: SurveyStrings, errorId: string): QuestionField {
  const text = wordsOf(t, q, 'text', q.text, t[q.type]);
  const name = `tps-${q.id}`;
  const group = (className: string, ...children: (Node | string)[]) =>
    el('fieldset', { class: `q ${className}`, 'aria-describedby': errorId }, el('legend', { class: 'title' }, text), ...children);
  const checked = (element: HTMLElement) => [...element.querySelectorAll<HTMLInputElement>(':checked')].map((input) => input.value);

  if (q.type === 'open_text') {
    const area = el<HTMLTextAreaElement>('textarea', { id: name, rows: '3', maxlength: String(COMMENT_MAX), placeholder: wordsOf(t, q, 'placeholder', q.placeholder) });
    return { element: el('div', { class: 'q' }, el('label', { class: 'title', for: name }, text), area), value: () => area.value.trim() || undefined };
  }

  if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    const multiple = q.type === 'multiple_choice';
    const options = q.options.map((o) =>
      el('label', { class: 'choice' }, el('input', { type: multiple ? 'checkbox' : 'radio', name, value: o.id }), wordsOf(t, q, o.id, o.label)),
    );
    const element = multiple ? group('choices', el('p', { class: 'hint' }, t.chooseAll), ...options) : group('choices', ...options);
    return { element, value: () => (multiple ? checked(element)[0] && checked(element) : checked(element)[0]) };
  }

  // Score scales: NPS 0–10, CSAT 1–5 (numbers, stars or faces), CES 1–7, thumbs up (1) or down (0).
  const style: string = q.type === 'csat' ? (q.style ?? 'numbers') : q.type === 'thumbs' ? 'thumbs' : 'numbers';
  let points: { value: number; face: Node | string; label: string }[];
  let ends: Node | string = '';
  if (q.type === 'thumbs') {
    points = [
      { value: 1, face: thumb('👍', t.yes), label: t.yes },
      { value: 0, face: thumb('👎', t.no), label: t.no },
    ];
  } else {
    const [from, to, lowKey, highKey] = SCALES[q.type];
    const low = wordsOf(t, q, 'lowLabel', q.type === 'nps' ? q.lowLabel : '', t[lowKey]);
    const high = wordsOf(t, q, 'highLabel', q.type === 'nps' ? q.highLabel : '', t[highKey]);
    points = [];
    for (let v = from; v <= to; v++) {
      const face = style === 'faces' ? FACES[v - 1]! : style === 'stars' ? '' : String(v);
      points.push({ value: v, face, label: v === from ? `${v} – ${low}` : v === to ? `${v} – ${high}` : String(v) });
    }
    ends = el('div', { class: 'ends', 'aria-hidden': 'true' }, el('span', {}, low), el('span', {}, high));
  }
  const scale = el(
    'div',
    { class: `scale ${style}` },
    ...points.map((p) =>
      el(
        'label',
        { class: 'opt' },
        el('input', { type: 'radio', name, value: String(p.value), 'aria-label': p.label }),
        el('span', { class: 'face', 'aria-hidden': 'true' }, p.face),
      ),
    ),
  );
  const element = group('score', scale, ends);
  return { element, value: () => (checked(element)[0] === undefined ? undefined : Number(checked(element)[0])) };
}

/** A thumb with its word beside it: the word says it to those the emoji does not. */
const thumb = (emoji: string, word: string) => el('span', { class: 'thumb' }, el('span', {}, emoji), word);
