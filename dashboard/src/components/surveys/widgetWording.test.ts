import { describe, expect, it } from 'vitest';
import { WIDGET_WORDING } from './widgetWording.ts';

// Every English word file of the widget, wherever it keeps them, merged.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../../widget/src/i18n/**/en.ts', { eager: true });
const english: Record<string, unknown> = Object.assign({}, ...Object.values(files).map((file) => file.default));

describe("the preview's copy of the widget's words", () => {
  it('says what the widget says', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(WIDGET_WORDING)) expect(english[key], key).toBe(value);
  });
});
