import { describe, expect, it } from 'vitest';
import { slugify } from '../editor/slugify.ts';
import { blankDraft, checkoutDraft, describeIssuePath, draftFromJourney, journeyFromDraft } from './journeyDraft.ts';

describe('journey drafts', () => {
  it('makes keys from names', () => {
    expect(slugify('Checkout – Payment')).toBe('checkout-payment');
    expect(slugify('  Café crème!  ')).toBe('cafe-creme');
    expect(slugify('x'.repeat(50))).toHaveLength(40);
  });

  it("keeps a reason's labels in other languages, dropping emptied ones", () => {
    const journey = {
      key: 'checkout',
      name: 'Checkout',
      steps: [{ key: 'cart', name: 'Cart', match: [] }],
      completeMatch: [],
      reasons: [{ code: 'too_dear', label: 'Too expensive', category: 'pricing' as const, labels: { 'zh-CN': '太贵了', fr: 'Trop cher' } }],
    };
    const draft = draftFromJourney(journey);
    expect(journeyFromDraft(draft).reasons).toEqual(journey.reasons);
    draft.reasons[0]!.labels['zh-CN'] = '  ';
    draft.reasons[0]!.labels['zh-TW'] = ' 太貴了 ';
    expect(journeyFromDraft(draft).reasons?.[0]?.labels).toEqual({ fr: 'Trop cher', 'zh-TW': '太貴了' });
  });

  it('round-trips a journey through the editor', () => {
    const journey = {
      key: 'checkout',
      name: 'Checkout',
      steps: [{ key: 'cart', name: 'Cart', match: [{ type: 'exact' as const, value: '/cart' }] }],
      completeMatch: [{ type: 'pattern' as const, value: '/order/*/done' }],
      reasons: [{ code: 'slow', label: 'Too slow', category: 'technical' as const }],
    };
    expect(journeyFromDraft(draftFromJourney(journey))).toEqual(journey);
  });

  it('drops empty rule rows and trims what was typed', () => {
    const draft = checkoutDraft();
    draft.name = '  Checkout  ';
    draft.steps[0]!.match.push({ id: 'x', type: 'prefix', value: '   ' });
    const input = journeyFromDraft(draft);
    expect(input.name).toBe('Checkout');
    expect(input.steps[0]!.match).toEqual([{ type: 'exact', value: '/cart' }]);
    expect(input.reasons).toHaveLength(6);
  });

  it('starts a journey declared on the pages with its key and nothing else', () => {
    const input = journeyFromDraft(blankDraft('signup'));
    expect(input).toMatchObject({ key: 'signup', name: 'signup', steps: [{ key: '', name: '', match: [] }], completeMatch: [] });
  });

  it('words server issue paths for people', () => {
    expect(describeIssuePath('steps.1.match.0.value')).toBe('Step 2, page rule 1, path');
    expect(describeIssuePath('reasons.0.category')).toBe('Reason 1, category');
    expect(describeIssuePath('steps')).toBe('Steps');
    expect(describeIssuePath('key')).toBe('Key');
  });
});
