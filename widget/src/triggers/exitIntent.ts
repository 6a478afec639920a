import { listen } from './listen.ts';

/**
 * Desktop exit intent: the pointer leaves the page through its top edge, towards
 * the tabs, the address bar or the close button. (Whether it is too early in the
 * page to ask is the asking policy's call, not the detector's.)
 */
export function watchExitIntent(doc: EventTarget, fire: () => void): () => void {
  return listen<MouseEvent>(doc, 'mouseout', (event) => {
    if (!event.relatedTarget && event.clientY <= 0) fire();
  });
}
