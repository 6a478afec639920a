type Props = Record<string, string | ((event: Event) => void)>;

/**
 * An element in one expression: attributes, `on…` listeners and children. The
 * abandon and survey dialogs are small enough not to need a framework, and
 * Preact would not fit in their size budgets beside the journeys or surveys chunk.
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
