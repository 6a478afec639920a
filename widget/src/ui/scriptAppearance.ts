import type { Appearance } from './appearance.ts';

/**
 * The script tag's appearance without a theme or position it cannot have: put
 * over the site config's, a typo in the tag must not hide the site's choice.
 * tp.js puts the tag's values on the host unchecked, to stay small; an unknown
 * value matches no style, so the tab shows the defaults until then.
 */
export function scriptAppearance({ color, theme, position }: Appearance): Appearance {
  return {
    color,
    theme: /^(light|dark|auto)$/.test(theme!) ? theme : undefined,
    position: /^(bottom-right|bottom-left|side)$/.test(position!) ? position : undefined,
  };
}
