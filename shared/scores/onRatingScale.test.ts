import { describe, expect, it } from 'vitest';
import { onRatingScale } from './onRatingScale.ts';

describe('onRatingScale', () => {
  it('keeps CSAT as it is', () => {
    expect([1, 2, 3, 4, 5].map((s) => onRatingScale('csat', s))).toEqual([1, 2, 3, 4, 5]);
  });

  it('maps CES 1–7 onto 1–5 by a straight line, 7 (the easiest) to 5 and 4 to the middle', () => {
    const ces = [1, 2, 3, 4, 5, 6, 7].map((s) => onRatingScale('ces', s));
    expect(ces[0]).toBe(1);
    expect(ces[1]).toBeCloseTo(5 / 3, 12);
    expect(ces[3]).toBe(3);
    expect(ces[5]).toBeCloseTo(13 / 3, 12);
    expect(ces[6]).toBe(5);
  });

  it('maps NPS 0–10 onto 1–5 in steps of 0.4', () => {
    expect([0, 5, 7, 10].map((s) => onRatingScale('nps', s))).toEqual([1, 3, 3.8, 5]);
  });
});
