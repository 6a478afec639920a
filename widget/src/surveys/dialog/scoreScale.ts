import type { Question } from '../../../../shared/schemas/survey.ts';
import type { SurveyStrings } from '../surveyStrings.ts';
import { el } from '../../ui/dialog/el.ts';

type ScoreQuestion = Extract<Question, { type: 'nps' | 'csat' | 'ces' | 'thumbs' }>;

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];
/** First and last point of each numbered scale, and the bundled words for its ends. */
const SCALES: Record<'nps' | 'csat' | 'ces', [number, number, 'npsLow' | 'csatLow' | 'cesLow', 'npsHigh' | 'csatHigh' | 'cesHigh']> = {
  nps: [0, 10, 'npsLow', 'npsHigh'],
  csat: [1, 5, 'csatLow', 'csatHigh'],
  ces: [1, 7, 'cesLow', 'cesHigh'],
};

/** The words of a question: the survey's override, else its own, else the bundled default. */
export const wordsOf = (t: SurveyStrings, q: Question, key: string, own?: string, fallback = '') => t[`${q.id}.${key}`] || own || fallback;

/**
 * The points of a score question as radios, and its end labels: NPS 0–10,
 * CSAT 1–5 (numbers, stars or faces), CES 1–7, thumbs up (1) or down (0). Each
 * radio is named by its number, and the ends by their words too; what is drawn
 * (a number, a star, a face) is hidden from screen readers.
 */
export function scoreScale(q: ScoreQuestion, t: SurveyStrings, name: string): (Node | string)[] {
  const style = q.type === 'csat' ? (q.style ?? 'numbers') : q.type === 'thumbs' ? 'thumbs' : 'numbers';
  const points: { value: number; face: Node | string; label: string }[] = [];
  let ends: Node | string = '';
  if (q.type === 'thumbs') {
    points.push({ value: 1, face: thumb('👍', t.yes), label: t.yes }, { value: 0, face: thumb('👎', t.no), label: t.no });
  } else {
    const [from, to, lowKey, highKey] = SCALES[q.type];
    const low = wordsOf(t, q, 'lowLabel', q.type === 'nps' ? q.lowLabel : '', t[lowKey]);
    const high = wordsOf(t, q, 'highLabel', q.type === 'nps' ? q.highLabel : '', t[highKey]);
    for (let v = from; v <= to; v++) {
      const face = style === 'faces' ? FACES[v - 1]! : style === 'stars' ? '' : String(v); // stars are drawn by CSS
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
  return [scale, ends];
}

/** A thumb with its word beside it: the word says it to those the emoji does not. */
function thumb(emoji: string, word: string) {
  return el('span', { class: 'thumb' }, el('span', {}, emoji), word);
}
