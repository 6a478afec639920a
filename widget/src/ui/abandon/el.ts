type Props = Record<string, string | ((event: Event) => void)>;

/**
 * An element in one expression: attributes, `on…` listeners and children. The
 * abandon dialog is small enough not to need a framework, and Preact would not
 * fit in its size budget beside the journeys chunk.
 */
export function el<T extends HTMLElement = HTMLElement>(tag: string, props: Props = {}, ...children: (Node | string)[]): T {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element as T;
}
