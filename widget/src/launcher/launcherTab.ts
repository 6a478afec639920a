import type { Host } from './mountHost.ts';

/** The always-there "Feedback" tab: plain DOM, so it costs no framework on page load. */
export function launcherTab(host: Host, label: string, onOpen: () => void, onIntent: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tab';
  button.textContent = label;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', onOpen);
  // Start fetching the core and the form as soon as the shopper shows interest
  // (again each time: both are fetched once, and a failed fetch is retried).
  button.addEventListener('pointerenter', onIntent);
  button.addEventListener('focus', onIntent);
  host.root.appendChild(button);
  return button;
}
