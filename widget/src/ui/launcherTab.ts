import type { Host } from './mountHost.ts';
import { STRINGS } from './strings.ts';

/** The always-there "Feedback" tab: plain DOM, so it costs no framework on page load. */
export function launcherTab(host: Host, onOpen: () => void, onIntent: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tab';
  button.textContent = STRINGS.tab;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', onOpen);
  // Start fetching the form as soon as the shopper shows interest.
  button.addEventListener('pointerenter', onIntent, { once: true });
  button.addEventListener('focus', onIntent, { once: true });
  host.root.appendChild(button);
  return button;
}
