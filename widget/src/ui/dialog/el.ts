import { safe } from '../../triggers/listen.ts';

type Props = Record<string, string | ((event: Event) => void)>;

/**
 * An element in one expression: attributes, `on…` listeners and children. The
 * dialogs are small enough not to need a framework, and Preact would not fit
 * their size budgets beside the strings, journeys and surveys chunks. A
 * listener's error is logged, never thrown into the host page.
 */
export function el<T extends HTMLElement = HTMLElement>(tag: string, props: Props = {}, ...children: (Node | string)[]): T {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value !== 'function') element.setAttribute(name, value);
    else element.addEventListener(name.slice(2), safe(value));
  }
  element.append(...children);
  return element as T;
}
