import type { Touchpoint, TouchpointCalls, TouchpointCommand } from './touchpoint.d.ts';

export type { Touchpoint, TouchpointAttributes, TouchpointCalls, TouchpointCommand } from './touchpoint.d.ts';

/**
 * The page's `touchpoint`, looked up at each call: tp.js's once it has loaded,
 * before that the embed snippet's queue stub, which is installed here, to the
 * letter, when the page has none. So this module never loads the widget
 * itself: the page's script tag does, whenever it runs, and replays the queue.
 */
function pageTouchpoint(): Touchpoint {
  const page = window as { touchpoint?: Touchpoint };
  page.touchpoint =
    page.touchpoint ||
    (function queue() {
      // eslint-disable-next-line prefer-rest-params -- tp.js replays `arguments` objects, as the snippet queues them
      (page.touchpoint!.q = page.touchpoint!.q || []).push(arguments);
    } as Touchpoint);
  return page.touchpoint;
}

/**
 * `touchpoint('open' | 'close' | 'remove' | 'track' | 'identify' | 'step' | 'complete', …)`,
 * typed: a wrong name or argument is a compile error. Never throws into the page.
 */
export function touchpoint<C extends TouchpointCommand>(command: C, ...args: TouchpointCalls[C]): void {
  pageTouchpoint()(command, ...args);
}
