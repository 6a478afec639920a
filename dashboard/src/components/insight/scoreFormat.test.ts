import { describe, expect, it } from 'vitest';
import { scoreResult } from '../../../../shared/scores/scoreResult.ts';
import { experienceLevel } from './experienceLevel.ts';
import { direction, formatCountDelta, formatMargin, formatScore, formatScoreDelta, intervalSentence } from './scoreFormat.ts';

describe('score formatting', () => {
  it('writes each score in its own unit', () => {
    expect(formatScore('csat', 0.724)).toBe('72%');
    expect(formatScore('netExperience', 0.344)).toBe('+34');
    expect(formatScore('netExperience', -0.5)).toBe('\u221250');
    expect(formatScore('netExperience', 0.001)).toBe('0');
    expect(formatScore('avgRating', 3.84)).toBe('3.8');
    expect(formatScore('nps', 30)).toBe('+30');
  });

  it('gives the wider side of the interval as the margin', () => {
    expect(formatMargin('csat', scoreResult(0.6, 0.3127, 0.8318, 10))).toBe('±29');
    expect(formatMargin('avgRating', scoreResult(3, 1.9336, 4.0664, 10))).toBe('±1.1');
    expect(formatMargin('csat', { value: null, low: null, high: null, n: 0, enough: false })).toBeNull();
    expect(intervalSentence('csat', scoreResult(0.6, 0.3127, 0.8318, 10))).toBe('95% interval 31% to 83%, 10 ratings');
  });

  it('writes changes in points, with a real minus sign', () => {
    expect(formatScoreDelta('csat', { delta: -0.5, low: -0.7, high: -0.3, significant: true })).toBe('\u221250 pts');
    expect(formatScoreDelta('avgRating', { delta: 0.42, low: 0, high: 1, significant: false })).toBe('+0.4');
    expect(formatScoreDelta('csat', { delta: null, low: null, high: null, significant: false })).toBeNull();
    expect(formatCountDelta({ delta: 11, ratio: 3.75, significant: true })).toBe('+11');
    expect(formatCountDelta({ delta: 0, ratio: 1, significant: false })).toBe('±0');
  });

  it('knows which way is better', () => {
    expect(direction(0.1, true)).toBe('better');
    expect(direction(5, false)).toBe('worse');
    expect(direction(0, false)).toBe('same');
  });
});

describe('experienceLevel', () => {
  it('colours by net experience, and not at all without enough data', () => {
    expect(experienceLevel(scoreResult(-0.5, -0.7, -0.3, 40))).toBe('poor');
    expect(experienceLevel(scoreResult(0.2, 0, 0.4, 40))).toBe('fair');
    expect(experienceLevel(scoreResult(0.7, 0.5, 0.9, 40))).toBe('good');
    expect(experienceLevel(scoreResult(-0.9, -1, 0, 8))).toBe('none');
  });
});
