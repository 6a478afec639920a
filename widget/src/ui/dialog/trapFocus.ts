const TABBABLE = 'button:not([disabled]),textarea,input:not([type=radio]),[href],[tabindex]:not([tabindex="-1"])';

/**
 * Focus moves into the dialog on open, Tab stays inside while it is open, and
 * Esc closes it: what keyboard and screen-reader users expect of a dialog.
 * Every dialog starts and ends with buttons, so wrapping at those two is
 * enough; the browser moves through radio groups in between. Returns the
 * function that releases the dialog.
 */
export function trapFocus(dialog: HTMLElement, onEscape: () => void, initialSelector: string): () => void {
  (dialog.querySelector<HTMLElement>(initialSelector) ?? dialog).focus();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = dialog.querySelectorAll<HTMLElement>(TABBABLE);
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  dialog.addEventListener('keydown', onKey);
  return () => dialog.removeEventListener('keydown', onKey);
}
