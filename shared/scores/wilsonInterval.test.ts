import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilsonInterval.ts';

// z = 1.96, z² = 3.8415. Wilson: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
describe('wilsonInterval', () => {
  it('matches the published interval for 56 of 70 and 48 of 80 (Newcombe 1998)', () => {
    // 56/70: p = 0.8, centre = (0.8 + 0.02744) / 1.05488 = 0.78440, half = 1.85800 · 0.04977 = 0.09256
    const a = wilsonInterval(56, 70);
    expect(a.low).toBeCloseTo(0.6918, 4);
    expect(a.high).toBeCloseTo(0.877, 3);
    // 48/80: p = 0.6, centre = (0.6 + 0.02401) / 1.04802 = 0.59542, half = 1.87017 · 0.05604 = 0.10480
    const b = wilsonInterval(48, 80);
    expect(b.low).toBeCloseTo(0.4905, 4);
    expect(b.high).toBeCloseTo(0.7004, 4);
  });

  it('does not collapse at 0% or 100%', () => {
    // 0/10: high = z² / (n + z²) = 3.8415 / 13.8415
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.27753, 5) });
    // 10/10: low = n / (n + z²) = 10 / 13.8415
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.72247, 5), high: 1 });
  });

  it('says nothing is known without answers', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});
