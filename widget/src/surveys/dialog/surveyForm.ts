import type { Question } from '../../../../shared/schemas/survey.ts';
import { nextQuestion, type AnswerValue, type Answers } from '../branching.ts';
import { el } from '../../ui/dialog/el.ts';
import type { SurveyStrings } from '../surveyStrings.ts';
import { questionField, type QuestionField } from './questionField.ts';

const ERROR_ID = 'tps-error';

export interface SurveyFormContext {
  /** Bundled strings with the survey's overrides for this page's language. */
  strings: SurveyStrings;
  questions: Question[];
  /** Each question as it is answered: partial answers count. Never waits for the network. */
  answer(question: Question, value: AnswerValue): void;
  onComplete(): void;
}

/**
 * A survey's questions one at a time (at least one left to ask), each sent as it is answered, the next
 * one chosen by the answers so far (`showIf`); `finish(form)` puts the thanks
 * in the form's place once the last answer is in. The widget's dialog and the
 * hosted survey page both draw it.
 */
export function surveyForm(ctx: SurveyFormContext, finish: (form: HTMLElement) => void): HTMLFormElement {
  const t = ctx.strings;
  const answers: Answers = {};
  let index = nextQuestion(ctx.questions, answers, -1);
  let field: QuestionField | undefined;

  const question = () => ctx.questions[index]!;
  const withCurrent = (): Answers => {
    const value = field!.value();
    return value === undefined ? answers : { ...answers, [question().id]: { type: question().type, value } };
  };
  /** Clears the error; the button says "Next", or "Send" when this answer leads to no further question. */
  const update = () => {
    error.textContent = '';
    field!.element.removeAttribute('aria-invalid');
    button.textContent = nextQuestion(ctx.questions, withCurrent(), index) < 0 ? t.send : t.next;
  };
  const show = () => {
    const next = questionField(question(), t, ERROR_ID);
    if (field) field.element.replaceWith(next.element);
    else form.prepend(next.element);
    field = next;
    update();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const q = question();
    const value = field!.value();
    if (value === undefined && q.type !== 'open_text') {
      error.textContent = t.chooseAnswer;
      field!.element.setAttribute('aria-invalid', 'true');
      field!.element.querySelector('input')?.focus();
      return;
    }
    if (value !== undefined) {
      answers[q.id] = { type: q.type, value };
      ctx.answer(q, value);
    }
    index = nextQuestion(ctx.questions, answers, index);
    if (index >= 0) {
      show();
      field!.element.querySelector<HTMLElement>('input,textarea')!.focus();
    } else {
      ctx.onComplete();
      finish(form);
    }
  };

  const error = el('p', { id: ERROR_ID, class: 'error', role: 'alert' });
  const button = el<HTMLButtonElement>('button', { type: 'submit', class: 'primary' });
  const form = el<HTMLFormElement>('form', { novalidate: '', onsubmit: submit, onchange: update, oninput: update }, error, button);
  show();
  return form;
}
