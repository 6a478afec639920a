import { dialogContainer } from './dialogContainer.ts';
import type { DialogHost } from './dialogHost.ts';
import { el } from './el.ts';
import { trapFocus } from './trapFocus.ts';

export interface DialogOptions {
  /** The dialog's own styles, besides the kit's. */
  css: string;
  /** Its class beside `dialog`: feedback, abandon, survey. */
  kind: string;
  /** What assistive technology calls it. */
  label: string;
  closeLabel: string;
  /** Esc or the close button. */
  onDismiss(): void;
  content: HTMLElement;
  /** Where focus goes when it opens (a selector inside `content`). */
  focus: string;
}

/**
 * Draws a modal dialog with a close button and `content`, moves focus inside
 * and keeps Tab there. Returns `close()`, which takes it away and gives focus
 * back (the host's onClosed).
 */
export function openDialog(host: DialogHost, { css, kind, label, closeLabel, onDismiss, content, focus }: DialogOptions) {
  const container = dialogContainer(host, css);
  const dialog = el(
    'div',
    { class: `dialog ${kind}`, role: 'dialog', 'aria-modal': 'true', 'aria-label': label },
    el('button', { type: 'button', class: 'close', 'aria-label': closeLabel, onclick: () => onDismiss() }, el('span', { 'aria-hidden': 'true' }, '×')),
    content,
  );
  container.element.append(dialog);
  const release = trapFocus(dialog, onDismiss, focus);
  return () => {
    release();
    container.remove();
  };
}
