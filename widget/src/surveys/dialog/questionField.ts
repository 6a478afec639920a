import type { Question } from '../../../../shared/schemas/survey.ts';
import type { AnswerValue } from '../branching.ts';
import type { SurveyStrings } from '../surveyStrings.ts';
import { COMMENT_MAX } from '../../ui/dialog/commentMax.ts';
import { el } from '../../ui/dialog/el.ts';
import { scoreScale, wordsOf } from './scoreScale.ts';

export interface QuestionField {
  element: HTMLElement;
  /** The answer as sent, or undefined while there is none. */
  value(): AnswerValue | undefined;
}

/**
 * One question as native form controls: score scales and single choice are
 * radio groups (arrow keys, announcements and a single tab stop come from the
 * browser), multiple choice checkboxes, open text a textarea. The question is
 * the group's legend (the textarea's label), so it names it.
 */
export function questionField(q: Question, t: SurveyStrings, errorId: string): QuestionField {
  const text = wordsOf(t, q, 'text', q.text, t[q.type]);
  const name = `tps-${q.id}`;

  if (q.type === 'open_text') {
    const area = el<HTMLTextAreaElement>('textarea', { id: name, rows: '3', maxlength: String(COMMENT_MAX), placeholder: wordsOf(t, q, 'placeholder', q.placeholder) });
    return { element: el('div', { class: 'q' }, el('label', { class: 'title', for: name }, text), area), value: () => area.value.trim() || undefined };
  }

  const multiple = q.type === 'multiple_choice';
  const controls =
    q.type === 'single_choice' || q.type === 'multiple_choice'
      ? [
          ...(multiple ? [el('p', { class: 'hint' }, t.chooseAll)] : []),
          ...q.options.map((o) =>
            el('label', { class: 'choice' }, el('input', { type: multiple ? 'checkbox' : 'radio', name, value: o.id }), wordsOf(t, q, o.id, o.label)),
          ),
        ]
      : scoreScale(q, t, name);
  const element = el('fieldset', { class: 'q', 'aria-describedby': errorId }, el('legend', { class: 'title' }, text), ...controls);
  return {
    element,
    value() {
      const chosen = [...element.querySelectorAll<HTMLInputElement>(':checked')].map((input) => input.value);
      if (!chosen.length) return undefined;
      if (multiple) return chosen;
      return q.type === 'single_choice' ? chosen[0] : Number(chosen[0]);
    },
  };
}
