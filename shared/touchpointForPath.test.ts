import { describe, expect, it } from 'vitest';
import type { Touchpoint } from './schemas/touchpoint.ts';
import { touchpointForPath } from './touchpointForPath.ts';

const touchpoints: Touchpoint[] = [
  { key: 'home', name: 'Home', stage: 'before', rules: [{ type: 'exact', value: '/' }] },
  { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
  { key: 'payment', name: 'Payment', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/payment' }] },
  {
    key: 'checkout',
    name: 'Checkout',
    stage: 'during',
    rules: [
      { type: 'exact', value: '/cart' },
      { type: 'pattern', value: '/checkout/*' },
    ],
  },
];

const keyFor = (path: string) => touchpointForPath(touchpoints, path)?.key;

describe('touchpointForPath', () => {
  it('maps each kind of rule', () => {
    expect(keyFor('/')).toBe('home');
    expect(keyFor('/product/trail-jacket')).toBe('products');
    expect(keyFor('/cart')).toBe('checkout');
    expect(keyFor('/checkout/shipping')).toBe('checkout');
  });

  it('lets the first matching touchpoint win', () => {
    // /checkout/payment matches both Payment and Checkout's /checkout/*.
    expect(keyFor('/checkout/payment')).toBe('payment');
    expect(keyFor('/checkout/payment/3ds')).toBe('payment');
    expect(touchpointForPath([...touchpoints].reverse(), '/checkout/payment')?.key).toBe('checkout');
  });

  it('ignores a kept query string', () => {
    expect(keyFor('/cart?utm_source=mail')).toBe('checkout');
    expect(keyFor('/?q=jacket')).toBe('home');
  });

  it('leaves unmatched pages unmapped', () => {
    expect(keyFor('/about')).toBeUndefined();
    expect(keyFor('/products')).toBeUndefined();
    expect(touchpointForPath([], '/')).toBeUndefined();
  });
});
