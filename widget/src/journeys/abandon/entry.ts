import { COMMENT_MAX } from '../../ui/dialog/commentMax.ts';
import type { DialogController } from '../../ui/dialog/dialogHost.ts';
import { el } from '../../ui/dialog/el.ts';
import { openDialog } from '../../ui/dialog/openDialog.ts';
import { sendForm } from '../../ui/dialog/sendForm.ts';
import css from './abandon.css?inline';
import sendFormCss from '../../ui/dialog/sendForm.css?inline';
import type { AbandonContext } from './abandonContext.ts';

/** The code of the free-text answer every journey offers (OTHER_REASON in shared/schemas/journey.ts). */
const OTHER = 'other';
const OTHER_TEXT_MAX = 500;

/**
 * Entry of the lazily loaded "What stopped you?" dialog: the journey's reasons
 * and "Other" as native radios (arrow keys and announcements come from the
 * browser), an optional comment, Send and No thanks. Plain DOM: see ui/dialog/el.ts.
 */
export function openAbandon(ctx: AbandonContext): DialogController {
  const s = ctx.strings;
  let answered = false;
  const decline = () => {
    if (!answered) ctx.onDecline();
    close();
  };

  const textarea = (id: string, maxlength: number) => el<HTMLTextAreaElement>('textarea', { id, rows: '2', maxlength: String(maxlength) });
  const label = (id: string, text: string) => el('label', { class: 'label', for: id }, text);
  const otherText = textarea('tpa-other', OTHER_TEXT_MAX);
  const other = el('div', { hidden: '' }, label('tpa-other', s.otherLabel), otherText);
  const comment = textarea('tpa-comment', COMMENT_MAX);
  const error = el('p', { id: 'tpa-error', class: 'error', role: 'alert' });
  const send = el<HTMLButtonElement>('button', { type: 'submit', class: 'primary' }, s.send);
  const reasons = el(
    'fieldset',
    { class: 'reasons', 'aria-describedby': 'tpa-error' },
    el('legend', { class: 'title' }, s.abandonTitle),
    ...[...ctx.reasons, { code: OTHER, label: s.other }].map((reason) =>
      el('label', { class: 'reason' }, el('input', { type: 'radio', name: 'tpa-reason', value: reason.code }), reason.label),
    ),
  );
  const chosen = () => reasons.querySelector<HTMLInputElement>(':checked')?.value;
  const setError = (message: string, noReason = false) => {
    error.textContent = message;
    reasons.setAttribute('aria-invalid', String(noReason));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const reason = chosen();
    if (!reason) {
      setError(s.chooseReason, true);
      reasons.querySelector('input')!.focus();
      return;
    }
    const answer = {
      reason,
      otherText: (reason === OTHER && otherText.value.trim()) || undefined,
      comment: comment.value.trim() || undefined,
    };
    void sendForm({
      form,
      button: send,
      strings: s,
      thanks: s.abandonThanks,
      close,
      onError: setError,
      async send() {
        const result = await ctx.submit(answer);
        answered ||= result.ok || result.retry;
        return result;
      },
    });
  };

  const form = el(
    'form',
    {
      novalidate: '',
      onsubmit: submit,
      onchange: () => {
        other.hidden = chosen() !== OTHER;
        setError('');
      },
    },
    reasons,
    other,
    label('tpa-comment', s.commentLabel),
    comment,
    error,
    send,
    el('button', { type: 'button', class: 'secondary', onclick: decline }, s.noThanks),
  );
  // Named by a fixed label, not by its heading: it stays "What stopped you?" after the thank-you replaces the form.
  const close = openDialog(ctx, { css: sendFormCss + css, kind: 'abandon', label: s.abandonTitle, closeLabel: s.close, onDismiss: decline, content: form, focus: 'input' });
  return { close };
}
