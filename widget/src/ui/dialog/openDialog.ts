import { dialogContainer } from './dialogContainer.ts';
import type { DialogHost } from './dialogHost.ts';
import { el } from './el.ts';
import { trapFocus } from './trapFocus.ts';

/**
 * Draws a modal dialog named `label` with a close button and `content`, moves
 * focus to `initialSelector` inside it and keeps Tab there; Esc and the close
 * button call `onDismiss`. `close()` takes it away and gives focus back (the host's onClosed).
 */
export function openDialog(host: DialogHost, css: string, className: string, label: string, closeLabel: string, onDismiss: () => void, content: HTMLElement, initialSelector: string) {
  const container = dialogContainer(host, css);
  const dialog = el(
    'div',
    { class: `dialog ${className}`, role: 'dialog', 'aria-modal': 'true', 'aria-label': label },
    el('button', { type: 'button', class: 'close', 'aria-label': closeLabel, onclick: () => onDismiss() }, el('span', { 'aria-hidden': 'true' }, '×')),
    content,
  );
  container.element.append(dialog);
  const release = trapFocus(dialog, onDismiss, initialSelector);
  return () => {
    release();
    container.remove();
  };
}
