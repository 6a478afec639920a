import { describe, expect, it } from 'vitest';
import { attributeLabel, filterValueLabel } from './filterLabels.ts';

const choices = {
  touchpoints: [{ key: 'checkout', name: 'Checkout', stage: 'during' as const, rules: [] }],
  tags: [{ key: 'reliability', label: 'Reliability', about: '', comments: 3 }],
};

describe('filter chips', () => {
  it('name values as the site named them', () => {
    expect(filterValueLabel('touchpoint', 'checkout', choices)).toBe('Checkout');
    expect(filterValueLabel('tag', 'reliability', choices)).toBe('Reliability');
    expect(filterValueLabel('visitor', 'returning', choices)).toBe('Returning visitors');
    expect(filterValueLabel('device', 'mobile', choices)).toBe('Mobile');
    expect(filterValueLabel('channel', 'store', choices)).toBe('In store');
    expect(filterValueLabel('theme', 'slow delivery', choices)).toBe('“slow delivery”');
  });

  it('fall back to the key for what the lists do not hold (yet)', () => {
    expect(filterValueLabel('touchpoint', 'gone', {})).toBe('gone');
    expect(filterValueLabel('tag', 'own-tag', choices)).toBe('own-tag');
  });

  it('split an attribute at its first colon only', () => {
    expect(attributeLabel('plan:gold')).toBe('plan = gold');
    expect(attributeLabel('ref:utm:spring')).toBe('ref = utm:spring');
  });
});
