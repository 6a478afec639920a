/**
 * A phone or tablet without mouse or trackpad: no pointer can leave through the
 * top of the page, so exit intent is read from other signals.
 */
export function isTouchOnly(win: Pick<Window, 'matchMedia' | 'navigator'> = window): boolean {
  const media = (query: string) => !!win.matchMedia?.(query).matches;
  return !media('(any-pointer: fine)') && (media('(pointer: coarse)') || win.navigator.maxTouchPoints > 0);
}
