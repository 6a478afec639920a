import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textColorOn } from '../src/ui/appearance.ts';

/** WCAG 2 contrast ratio of two '#rrggbb' colours, computed the long way. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const full = (text: string) => (text === '#000' ? '#000000' : '#ffffff');

describe('text on the brand colour', () => {
  it('contrasts at least 4.5:1 with any #rrggbb colour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const color = '#' + n.toString(16).padStart(6, '0');
        return contrast(color, full(textColorOn(color)!)) >= 4.5;
      }),
      { numRuns: 5000 },
    );
  });

  it('is white on the default accent and on dark brands, black on light ones', () => {
    expect(textColorOn('#3b4cca')).toBe('#fff');
    expect(textColorOn('#0a7d5a')).toBe('#fff');
    expect(textColorOn('#FFD400')).toBe('#000');
    expect(textColorOn('#8f9cff')).toBe('#000');
  });

  it('is left to the theme for other notations', () => {
    for (const color of ['red', '#abc', 'rgb(0 0 0)', '#12345', '']) expect(textColorOn(color), color).toBeUndefined();
  });
});
