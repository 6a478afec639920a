import { listen } from './listen.ts';

/**
 * The page a click is about to open in this tab, if any: a left click without
 * modifier keys on an http(s) link, not into a new tab or a download, not a jump
 * within the page, and not already taken over by the page (single-page routers
 * call preventDefault).
 */
export function followedLink(event: MouseEvent, here: Pick<Location, 'href'> = location): URL | undefined {
  if (event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || typeof link.href !== 'string' || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
  const url = new URL(link.href, here.href);
  if (!/^https?:$/.test(url.protocol)) return;
  if (url.hash && url.href.split('#')[0] === here.href.split('#')[0]) return;
  return url;
}

/**
 * Form abandonment by link: once the shopper typed into the step's form, a click
 * on a link that leaves the journey is held back (`holds` decides), and `fire`
 * gets the function that follows it, to call when the question is answered or
 * closed.
 */
export function watchFormAbandon(
  doc: EventTarget,
  holds: (url: URL, target: Element) => boolean,
  fire: (follow: () => void) => void,
  here: Pick<Location, 'href' | 'assign'> = location,
): () => void {
  return listen<MouseEvent>(doc, 'click', (event) => {
    const url = followedLink(event, here);
    if (!url || !holds(url, event.target as Element)) return;
    event.preventDefault();
    let followed = false;
    fire(() => {
      if (!followed) here.assign(url.href);
      followed = true;
    });
  });
}

/** The step a shopper left, as the visit remembers it. */
export interface LeftStep {
  step: string;
  /** Fields of the step typed into. */
  fields: number;
  /** Left onward: the step's form was submitted, or a link into the journey followed. */
  onward?: boolean;
}

/**
 * Form abandonment by going back, which a page cannot intercept: decided on the
 * next page. The shopper typed into step `from`, left it otherwise than onward,
 * and this page shows no step of the journey that is the same, later or new.
 * `order` is the journey's steps in order: the site config's, else the order in
 * which the visit reached them (a step not in it is new, so later).
 */
export function wentBackFromForm(from: LeftStep | undefined, stepsHere: readonly string[], order: readonly string[]): boolean {
  if (!from?.fields || from.onward) return false;
  const at = order.indexOf(from.step);
  return !stepsHere.some((step) => {
    const index = order.indexOf(step);
    return index < 0 || index >= at;
  });
}
