import { describe, expect, it } from 'vitest';
import { DEFAULT_ABANDON_REASONS } from '../../shared/schemas/journey.ts';
import { DEFAULT_REASONS, reasonsToShow } from '../src/journeys/defaultReasons.ts';
import zhCN from '../src/i18n/formStrings/zh-CN.ts';
import zhTW from '../src/i18n/formStrings/zh-TW.ts';

describe("the widget's copy of the default reasons", () => {
  it('offers exactly the codes and labels of DEFAULT_ABANDON_REASONS, in order', () => {
    expect(DEFAULT_REASONS).toEqual(DEFAULT_ABANDON_REASONS.map(({ code, label }) => ({ code, label })));
  });

  it('has a translation of every default reason in each Chinese table', () => {
    for (const table of [zhCN, zhTW]) expect(Object.keys(table.reasons).sort()).toEqual(DEFAULT_REASONS.map((r) => r.code).sort());
  });
});

describe('the reasons a shopper reads', () => {
  it('are translated where the site kept the default label, and as the site wrote them otherwise', () => {
    const journeyReasons = [
      { code: 'unexpected_costs', label: 'Unexpected costs (shipping, taxes)' },
      { code: 'payment_failed', label: 'Card declined' },
      { code: 'size_guide', label: 'No size guide' },
    ];
    expect(reasonsToShow(journeyReasons, zhCN.reasons)).toEqual([
      { code: 'unexpected_costs', label: '意外的费用（运费、税费）' },
      { code: 'payment_failed', label: 'Card declined' },
      { code: 'size_guide', label: 'No size guide' },
    ]);
  });

  it('are the translated defaults for a journey declared only by markup or script, and English as written', () => {
    const labels: Record<string, string> = zhTW.reasons;
    expect(reasonsToShow(undefined, labels).map((r) => r.label)).toEqual(DEFAULT_REASONS.map((r) => labels[r.code]));
    expect(reasonsToShow(undefined, {})).toEqual(DEFAULT_REASONS);
  });
});
