import { describe, expect, it } from 'vitest';
import { cesScore } from './ces.ts';
import { csatScore } from './csat.ts';
import { npsScore } from './nps.ts';
import { surveyScore } from './surveyScore.ts';
import { thumbsUpScore } from './thumbsUp.ts';
import { wilsonInterval } from './wilsonInterval.ts';

describe('the score of a survey question from its counts per scale point', () => {
  it('is the NPS for 0–10 answers', () => {
    // 0–6: 3, 7–8: 2, 9–10: 5
    expect(surveyScore('nps', [1, 0, 0, 1, 0, 0, 1, 1, 1, 3, 2])).toEqual(npsScore({ detractors: 3, passives: 2, promoters: 5 }));
  });

  it('is CSAT for 1–5 answers and the CES mean for 1–7 answers', () => {
    expect(surveyScore('csat', [1, 0, 1, 1, 2])).toEqual(csatScore([1, 0, 1, 1, 2]));
    expect(surveyScore('ces', [0, 0, 1, 1, 1, 1, 1])).toEqual(cesScore([0, 0, 1, 1, 1, 1, 1]));
    expect(surveyScore('ces', [0, 0, 1, 1, 1, 1, 1]).value).toBe(5);
  });

  it('is the share of thumbs up, with its Wilson interval', () => {
    const score = surveyScore('thumbs', [1, 3]);
    expect(score).toEqual(thumbsUpScore(3, 1));
    expect(score).toMatchObject({ value: 0.75, n: 4, enough: false, ...wilsonInterval(3, 4) });
    expect(thumbsUpScore(0, 0)).toMatchObject({ value: null, n: 0 });
  });
});
