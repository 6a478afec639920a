import dialogCss from './dialog.css?inline';
import type { DialogHost } from './dialogHost.ts';

// Each stylesheet goes into the shadow root once per chunk: every feature chunk
// has its own copy of the kit, so a page that opens two kinds of dialog adds the
// kit's rules twice, the same rules, which changes nothing drawn.
const added = new Set<string>();

/** An element in the widget's shadow root to draw one dialog in, with the dialog styles plus `css`. */
export function dialogContainer(host: DialogHost, css: string) {
  for (const sheet of [dialogCss, css]) {
    if (!added.has(sheet)) host.addStyles(sheet);
    added.add(sheet);
  }
  const element = host.root.appendChild(document.createElement('div'));
  return {
    element,
    /** Takes the dialog away and tells the host, once. */
    remove() {
      if (!element.isConnected) return;
      element.remove();
      host.onClosed();
    },
  };
}
