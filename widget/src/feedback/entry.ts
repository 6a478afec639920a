import { COMMENT_MAX } from '../ui/dialog/commentMax.ts';
import { pagePath } from '../page/pagePath.ts';
import type { DialogController } from '../ui/dialog/dialogHost.ts';
import { el } from '../ui/dialog/el.ts';
import { openDialog } from '../ui/dialog/openDialog.ts';
import { sendForm } from '../ui/dialog/sendForm.ts';
import { whoAnswered } from '../visitor/whoAnswered.ts';
import type { FormContext } from './formContext.ts';
import css from './rating.css?inline';
import sendFormCss from '../ui/dialog/sendForm.css?inline';

/**
 * Entry of the lazily loaded feedback form, "How was this page?": a 5-point
 * rating as native radios (arrow keys, announcements and form semantics come
 * from the browser), an optional comment, a thank-you. Plain DOM like the other
 * dialogs: Preact would not fit the size budget beside the strings chunk.
 */
export function openForm(ctx: FormContext): DialogController {
  const s = ctx.strings;
  const error = el('p', { id: 'tp-error', class: 'error', role: 'alert' });
  const scale = el(
    'fieldset',
    { class: 'scale', 'aria-describedby': 'tp-error' },
    el('legend', { class: 'legend' }, s.ratingLegend),
    el(
      'div',
      { class: 'options' },
      ...s.ratingLabels.map((label, i) =>
        el(
          'label',
          { class: 'option' },
          el('input', { type: 'radio', name: 'tp-rating', value: String(i + 1), 'aria-label': `${i + 1} – ${label}` }),
          el('span', { class: 'face', 'aria-hidden': 'true' }, String(i + 1)),
          el('span', { class: 'caption', 'aria-hidden': 'true' }, label),
        ),
      ),
    ),
  );
  const comment = el<HTMLTextAreaElement>('textarea', { id: 'tp-comment', rows: '3', maxlength: String(COMMENT_MAX), placeholder: s.commentPlaceholder });
  // The shopper may ask to be answered: the address goes apart from the comment, only with this box ticked.
  const email = el<HTMLInputElement>('input', { id: 'tp-email', type: 'email', autocomplete: 'email', maxlength: '254', oninput: () => setError('') });
  const emailRow = el('div', { class: 'contact', hidden: '' }, el('label', { class: 'label', for: 'tp-email' }, s.contactEmail), email);
  const consent = el<HTMLInputElement>('input', {
    type: 'checkbox',
    id: 'tp-consent',
    onchange: () => {
      emailRow.hidden = !consent.checked;
      if (consent.checked) email.focus();
    },
  });
  const send = el<HTMLButtonElement>('button', { type: 'submit', class: 'primary' }, s.send);
  const setError = (message: string, noRating = false) => {
    error.textContent = message;
    scale.setAttribute('aria-invalid', String(noRating));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const rating = Number(scale.querySelector<HTMLInputElement>(':checked')?.value);
    if (!rating) {
      setError(s.chooseRating, true);
      scale.querySelector('input')!.focus();
      return;
    }
    const address = email.value.trim();
    if (consent.checked && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setError(s.contactInvalid);
      email.focus();
      return;
    }
    void sendForm({
      form,
      button: send,
      strings: s,
      thanks: s.thanksBody,
      close,
      onError: setError,
      send: () =>
        ctx.send({
          type: 'page_rating',
          id: ctx.newId(),
          site: ctx.site,
          rating,
          comment: comment.value.trim() || undefined,
          path: pagePath(),
          title: document.title.slice(0, 300) || undefined,
          lang: ctx.lang,
          visitId: ctx.visitId,
          contact: consent.checked ? { email: address, consent: true } : undefined,
          ...whoAnswered(),
        }),
    });
  };

  const form = el(
    'form',
    { novalidate: '', onsubmit: submit, onchange: () => setError('') },
    el('h2', { class: 'title' }, s.dialogTitle),
    scale,
    el('label', { class: 'label', for: 'tp-comment' }, s.commentLabel),
    comment,
    el('label', { class: 'consent' }, consent, s.contactConsent),
    emailRow,
    error,
    send,
  );
  const close = openDialog(ctx, { css: sendFormCss + css, kind: 'feedback', label: s.dialogTitle, closeLabel: s.close, onDismiss: () => close(), content: form, focus: 'input' });
  return { close };
}
