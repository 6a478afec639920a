import { describe, expect, it } from 'vitest';
import { isOnScale, scoreBand } from './surveyScales.ts';

describe('survey score bands', () => {
  it('bands NPS into detractors 0–6, passives 7–8, promoters 9–10', () => {
    expect([0, 6, 7, 8, 9, 10].map((v) => scoreBand('nps', v))).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('bands CSAT 1–2 low, 3 neutral, 4–5 high; CES 1–3 low, 4 neutral, 5–7 high; thumbs down low, up high', () => {
    expect([1, 2, 3, 4, 5].map((v) => scoreBand('csat', v))).toEqual(['low', 'low', 'neutral', 'high', 'high']);
    expect([1, 3, 4, 5, 7].map((v) => scoreBand('ces', v))).toEqual(['low', 'low', 'neutral', 'high', 'high']);
    expect([0, 1].map((v) => scoreBand('thumbs', v))).toEqual(['low', 'high']);
  });

  it('knows each scale', () => {
    expect([isOnScale('nps', 0), isOnScale('nps', 11), isOnScale('csat', 0), isOnScale('ces', 7), isOnScale('thumbs', 2), isOnScale('ces', 2.5)]).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});
