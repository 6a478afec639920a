import { describe, expect, it } from 'vitest';
import { moveItem } from '../editor/moveItem.ts';
import { describeIssue, draftFromMap, invalidFieldsOf, keyFromName, nameFromPath, toMapInput } from './touchpointDraft.ts';

const stages = [
  { key: 'before' as const, name: 'Before purchase' },
  { key: 'during' as const, name: 'During purchase' },
  { key: 'after' as const, name: 'After purchase' },
];

describe('keyFromName', () => {
  it('makes a slug, unique among the keys taken', () => {
    expect(keyFromName('Product pages', new Set())).toBe('product-pages');
    expect(keyFromName('Café & Crème!', new Set())).toBe('cafe-creme');
    expect(keyFromName('Cart', new Set(['cart', 'cart-2']))).toBe('cart-3');
    expect(keyFromName('???', new Set())).toBe('touchpoint');
  });
});

describe('toMapInput', () => {
  it('keeps existing keys, gives new touchpoints one, and trims', () => {
    const draft = draftFromMap({
      stages,
      touchpoints: [{ key: 'cart', name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: '/cart' }] }],
    });
    draft.touchpoints.push({ id: 99, name: ' Cart ', stage: 'during', rules: [{ type: 'prefix', value: ' /basket ' }] });
    expect(toMapInput(draft).touchpoints).toEqual([
      { key: 'cart', name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: '/cart' }] },
      { key: 'cart-2', name: 'Cart', stage: 'during', rules: [{ type: 'prefix', value: '/basket' }] },
    ]);
  });
});

describe('moveItem', () => {
  it('moves within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
});

describe('nameFromPath', () => {
  it('names a touchpoint after the last part of a path', () => {
    expect(nameFromPath('/gift-cards')).toBe('Gift cards');
    expect(nameFromPath('/account/order_history?x=1')).toBe('Order history');
    expect(nameFromPath('/')).toBe('Home page');
  });
});

describe('describeIssue', () => {
  const draft = draftFromMap({
    stages,
    touchpoints: [{ key: 'cart', name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: 'cart' }] }],
  });

  it('names the touchpoint and rule an issue is about', () => {
    expect(describeIssue('touchpoints.0.rules.0.value: must start with /', draft)).toBe('Cart, page rule 1: must start with /');
    expect(describeIssue('touchpoints.0.rules: add at least one page rule', draft)).toBe('Cart, page rules: add at least one page rule');
    expect(describeIssue('touchpoints.3.name: Too small', draft)).toBe('Touchpoint 4, name: Too small');
    expect(describeIssue('touchpoints: each touchpoint needs its own key', draft)).toBe('touchpoints: each touchpoint needs its own key');
    expect(describeIssue('stages.1.name: Too small', draft)).toBe('Stage names: Too small');
  });
});

describe('invalidFieldsOf', () => {
  it('picks the fields of one touchpoint', () => {
    const issues = ['touchpoints.1.rules.0.value: must start with /', 'touchpoints.1.name: Too small', 'touchpoints.10.name: Too small', 'stages: x'];
    expect(invalidFieldsOf(issues, 1)).toEqual(new Set(['rules.0.value', 'name']));
    expect(invalidFieldsOf(issues, 0)).toEqual(new Set());
  });
});
