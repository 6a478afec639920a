import type { Appearance } from '../../../shared/schemas/appearance.ts';

/** How the widget looks: from the script tag's data-* or the site config's `appearance`. */
export type { Appearance };

/**
 * Black or white, whichever reads better on a '#rrggbb' colour: above a WCAG
 * relative luminance of 0.179 black contrasts more, below it white, and the
 * better of the two always contrasts at least 4.58:1, so any brand colour keeps
 * button text legible. (The sRGB curve's linear toe is left out: it moves no
 * colour across 0.179.) Undefined for any other notation.
 */
export function textColorOn(color: string): string | undefined {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return undefined;
  const luminance = [0.2126, 0.7152, 0.0722].reduce(
    (sum, weight, i) => sum + weight * ((parseInt(color.substr(1 + 2 * i, 2), 16) / 255 + 0.055) / 1.055) ** 2.4,
    0,
  );
  return luminance > 0.179 ? '#000' : '#fff';
}

/**
 * Puts an appearance on the host as `data-theme`, `data-position` and the
 * `--tp-accent` variables; what it leaves undefined stays as it was, so the
 * script tag's data-* can be applied over the site config's.
 */
export function applyAppearance(host: HTMLElement, { color, position, theme }: Appearance): void {
  if (theme) host.dataset.theme = theme;
  if (position) host.dataset.position = position;
  if (color) {
    host.style.setProperty('--tp-accent', color);
    const text = textColorOn(color);
    if (text) host.style.setProperty('--tp-accent-text', text);
  }
}
