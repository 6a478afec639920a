import type { FormStrings } from '../../i18n/formStrings/formStrings.ts';
import { el } from './el.ts';

/**
 * What replaces a dialog's form once the answer is in: "Thank you!", a line,
 * and a Close button that takes focus, so focus stays inside the dialog when
 * the form it was in is gone.
 */
export function showThanks(form: HTMLElement, s: Pick<FormStrings, 'close' | 'thanks'>, body: string, close: () => void): void {
  const done = el('button', { type: 'button', class: 'primary', onclick: close }, s.close);
  form.replaceWith(el('div', { class: 'thanks', role: 'status' }, el('h2', { class: 'title' }, s.thanks), el('p', {}, body), done));
  done.focus();
}
