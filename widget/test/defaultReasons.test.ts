import { describe, expect, it } from 'vitest';
import { DEFAULT_ABANDON_REASONS } from '../../shared/schemas/journey.ts';
import { DEFAULT_REASON_HASHES, reasonHash, reasonsToShow } from '../src/journeys/defaultReasons.ts';
import type { ReasonChoice } from '../src/journeys/abandon/abandonContext.ts';
import en from '../src/i18n/abandonStrings/en.ts';
import zhCN from '../src/i18n/abandonStrings/zh-CN.ts';
import zhTW from '../src/i18n/abandonStrings/zh-TW.ts';

const DEFAULT_REASONS = DEFAULT_ABANDON_REASONS.map(({ code, label }) => ({ code, label }));

describe("the widget's copy of the default reasons", () => {
  it('knows each of DEFAULT_ABANDON_REASONS by the hash of its code and label', () => {
    expect(DEFAULT_REASON_HASHES).toEqual(DEFAULT_ABANDON_REASONS.map(({ code, label }) => reasonHash(code, label)));
  });

  it('has the English labels as they are, and a translation of every default reason, in order, in each Chinese table', () => {
    expect(Object.entries(en.reasons)).toEqual(DEFAULT_REASONS.map(({ code, label }) => [code, label]));
    for (const table of [zhCN, zhTW]) expect(Object.keys(table.reasons)).toEqual(DEFAULT_REASONS.map((r) => r.code));
  });

  it('tells a changed label, or a default label under another code, from the default', () => {
    const { code, label } = DEFAULT_REASONS[0]!;
    expect(DEFAULT_REASON_HASHES).toContain(reasonHash(code, label));
    for (const [otherCode, otherLabel] of [[code, `${label}.`], [code, label.toLowerCase()], [DEFAULT_REASONS[1]!.code, label]]) {
      expect(DEFAULT_REASON_HASHES).not.toContain(reasonHash(otherCode!, otherLabel!));
    }
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

  it("use the site's own label for the shopper's language, by exact tag and then primary subtag", () => {
    const journeyReasons: ReasonChoice[] = [
      { code: 'unexpected_costs', label: 'Unexpected costs (shipping, taxes)', labels: { 'zh-CN': '运费比预期高' } },
      { code: 'size_guide', label: 'No size guide', labels: { zh: '没有尺码表' } },
      { code: 'slow', label: 'Too slow' },
    ];
    expect(reasonsToShow(journeyReasons, zhCN.reasons, 'zh-CN').map((r) => r.label)).toEqual(['运费比预期高', '没有尺码表', 'Too slow']);
    expect(reasonsToShow(journeyReasons, zhTW.reasons, 'zh-TW').map((r) => r.label)).toEqual([zhTW.reasons.unexpected_costs, '没有尺码表', 'Too slow']);
    expect(reasonsToShow(journeyReasons, en.reasons, 'en').map((r) => r.label)).toEqual(['Unexpected costs (shipping, taxes)', 'No size guide', 'Too slow']);
  });

  it('are the translated defaults for a journey declared only by markup or script, and English as written', () => {
    const labels: Record<string, string> = zhTW.reasons;
    expect(reasonsToShow(undefined, labels).map((r) => r.label)).toEqual(DEFAULT_REASONS.map((r) => labels[r.code]));
    expect(reasonsToShow(undefined, en.reasons)).toEqual(DEFAULT_REASONS);
  });
});
