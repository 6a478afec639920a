/** Wraps a callback the browser will call (listener, timer) so it can never throw into the host page. */
export function safe<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn('[touchpoint]', error);
    }
  };
}

/** Adds a listener that can never throw into the host page; returns the function that removes it. */
export function listen<E extends Event = Event>(
  target: EventTarget,
  type: string,
  handler: (event: E) => void,
  options?: AddEventListenerOptions,
): () => void {
  const wrapped = safe(handler) as (event: Event) => void;
  target.addEventListener(type, wrapped, options);
  return () => target.removeEventListener(type, wrapped, options);
}
