import { LIMITS } from '../../../../shared/limits.ts';
import { dialogContainer } from '../dialog/dialogContainer.ts';
import type { DialogController } from '../dialog/dialogHost.ts';
import { trapFocus } from '../dialog/trapFocus.ts';
import css from './abandon.css?inline';
import type { AbandonContext } from './abandonContext.ts';
import { ABANDON_STRINGS as a } from './abandonStrings.ts';
import { el } from './el.ts';

/** The code of the free-text answer every journey offers (OTHER_REASON in shared/schemas/journey.ts). */
const OTHER = 'other';
const OTHER_TEXT_MAX = 500;

/**
 * Entry of the lazily loaded "What stopped you?" dialog: the journey's reasons
 * and "Other" as native radios (arrow keys and announcements come from the
 * browser), an optional comment, Send and No thanks. Plain DOM: see el.ts.
 */
export function openAbandon(ctx: AbandonContext): DialogController {
  const s = ctx.strings;
  const container = dialogContainer(ctx, css);
  let answered = false;
  let release = () => {};
  const close = () => {
    release();
    container.remove();
  };
  const decline = () => {
    if (!answered) ctx.onDecline();
    close();
  };

  const textarea = (id: string, maxlength: number) => el<HTMLTextAreaElement>('textarea', { id, rows: '2', maxlength: String(maxlength) });
  const label = (id: string, text: string) => el('label', { class: 'label', for: id }, text);
  const otherText = textarea('tpa-other', OTHER_TEXT_MAX);
  const other = el('div', { hidden: '' }, label('tpa-other', a.otherLabel), otherText);
  const comment = textarea('tpa-comment', LIMITS.comment);
  const error = el('p', { id: 'tpa-error', class: 'error', role: 'alert' });
  const send = el<HTMLButtonElement>('button', { type: 'submit', class: 'primary' }, s.send);
  const reasons = el(
    'fieldset',
    { class: 'reasons', 'aria-describedby': 'tpa-error' },
    el('legend', { class: 'title' }, a.title),
    ...[...ctx.reasons, { code: OTHER, label: a.other }].map((reason) =>
      el('label', { class: 'reason' }, el('input', { type: 'radio', name: 'tpa-reason', value: reason.code }), reason.label),
    ),
  );
  const chosen = () => reasons.querySelector<HTMLInputElement>(':checked')?.value;
  const setError = (message: string, noReason = false) => {
    error.textContent = message;
    reasons.setAttribute('aria-invalid', String(noReason));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const reason = chosen();
    if (send.disabled) return;
    if (!reason) {
      setError(a.chooseReason, true);
      reasons.querySelector('input')!.focus();
      return;
    }
    send.disabled = true;
    send.textContent = s.sending;
    const result = await ctx.submit({
      reason,
      otherText: (reason === OTHER && otherText.value.trim()) || undefined,
      comment: comment.value.trim() || undefined,
    });
    if (result.ok || result.retry) {
      answered = true;
      const done = el('button', { type: 'button', class: 'primary', onclick: close }, s.close);
      form.replaceWith(
        el('div', { class: 'thanks', role: 'status' }, el('h2', { class: 'title' }, s.thanks), el('p', {}, result.ok ? a.thanksBody : s.queued), done),
      );
      done.focus(); // keep focus inside once the form it was in is gone
    } else {
      send.disabled = false;
      send.textContent = s.send;
      setError(`${s.failed} (${result.message})`);
    }
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
    el('button', { type: 'button', class: 'secondary', onclick: decline }, a.noThanks),
  );
  const dialog = el(
    'div',
    // Named by a fixed label, not by its heading: it stays "What stopped you?" after the thank-you replaces the form.
    { class: 'dialog abandon', role: 'dialog', 'aria-modal': 'true', 'aria-label': a.title },
    el('button', { type: 'button', class: 'close', 'aria-label': s.close, onclick: decline }, el('span', { 'aria-hidden': 'true' }, '×')),
    form,
  );
  container.element.append(dialog);
  release = trapFocus(dialog, decline, 'input');
  return { close };
}
