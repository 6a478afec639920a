import { nextQuestion, type Answers } from '../branching.ts';
import type { DialogController } from '../../ui/dialog/dialogHost.ts';
import { el } from '../../ui/dialog/el.ts';
import { openDialog } from '../../ui/dialog/openDialog.ts';
import { showThanks } from '../../ui/dialog/thanksPanel.ts';
import { questionField, type QuestionField } from './questionField.ts';
import css from './survey.css?inline';
import type { SurveyDialogContext } from './surveyDialogContext.ts';

const ERROR_ID = 'tps-error';

/**
 * Entry of the lazily loaded survey dialog: one question at a time, each sent
 * as it is answered, the next one chosen by the answers so far (`showIf`),
 * then a thank-you. Plain DOM like the other dialogs (see ui/dialog/el.ts).
 */
export function openSurvey(ctx: SurveyDialogContext): DialogController {
  const t = ctx.strings;
  const answers: Answers = {};
  let index = nextQuestion(ctx.questions, answers, -1);
  let field: QuestionField | undefined;
  let completed = false;
  const dismiss = () => {
    if (!completed) ctx.onDismiss();
    close();
  };

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
      completed = true;
      ctx.onComplete();
      showThanks(form, t, t.surveyThanks, close);
    }
  };

  const error = el('p', { id: ERROR_ID, class: 'error', role: 'alert' });
  const button = el<HTMLButtonElement>('button', { type: 'submit', class: 'primary' });
  const form = el('form', { novalidate: '', onsubmit: submit, onchange: update, oninput: update }, error, button);
  show();
  // Named by a fixed label: the questions change, the dialog stays the same.
  const close = openDialog(ctx, { css, kind: 'survey', label: t.survey, closeLabel: t.close, onDismiss: dismiss, content: form, focus: 'input,textarea' });
  return { close };
}
