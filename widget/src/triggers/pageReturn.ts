import { listen } from './listen.ts';

type VisibleDocument = EventTarget & { visibilityState: DocumentVisibilityState };

/**
 * Touch devices: the page was hidden (tab or app switch) and the shopper came
 * back. Fires on the return, never while hidden: nobody would see the question.
 */
export function watchPageReturn(doc: VisibleDocument, fire: () => void): () => void {
  let wasHidden = false;
  return listen(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'hidden') wasHidden = true;
    else if (wasHidden) {
      wasHidden = false;
      fire();
    }
  });
}
