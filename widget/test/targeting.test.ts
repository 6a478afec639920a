import { describe, expect, it } from 'vitest';
import type { SurveyTargeting } from '../../shared/schemas/survey.ts';
import { isTargeted, languageMatches, type Visitor } from '../src/surveys/targeting.ts';

const anyone: SurveyTargeting = { pages: [], excludePages: [], devices: [], visitor: 'any', languages: [], attributes: {}, samplePercent: 100 };
const visitor: Visitor = { path: '/product/trail-jacket', device: 'desktop', kind: 'returning', lang: 'en-GB', attributes: { plan: 'gold' } };
const targeted = (t: Partial<SurveyTargeting>, v: Partial<Visitor> = {}) => isTargeted({ ...anyone, ...t }, { ...visitor, ...v });

describe('survey targeting', () => {
  it('takes everyone when nothing is set', () => {
    expect(targeted({})).toBe(true);
    expect(targeted({}, { kind: undefined, lang: '', attributes: {} })).toBe(true);
  });

  it('matches pages by exact path, prefix and * pattern, and exclusions win', () => {
    expect(targeted({ pages: [{ type: 'exact', value: '/product/trail-jacket/' }] })).toBe(true);
    expect(targeted({ pages: [{ type: 'exact', value: '/product' }] })).toBe(false);
    expect(targeted({ pages: [{ type: 'prefix', value: '/product/' }] })).toBe(true);
    expect(targeted({ pages: [{ type: 'prefix', value: '/checkout/' }] })).toBe(false);
    expect(targeted({ pages: [{ type: 'pattern', value: '/product/*-jacket' }] })).toBe(true);
    expect(targeted({ pages: [{ type: 'pattern', value: '/product/*-pack' }] })).toBe(false);
    expect(targeted({ pages: [{ type: 'prefix', value: '/' }], excludePages: [{ type: 'pattern', value: '/product/*' }] })).toBe(false);
    expect(targeted({ excludePages: [{ type: 'exact', value: '/cart' }] })).toBe(true);
  });

  it('matches device types', () => {
    expect(targeted({ devices: ['desktop', 'tablet'] })).toBe(true);
    expect(targeted({ devices: ['mobile'] })).toBe(false);
  });

  it('matches new or returning visitors, and neither when that is unknown (privacy signals on)', () => {
    expect(targeted({ visitor: 'returning' })).toBe(true);
    expect(targeted({ visitor: 'new' })).toBe(false);
    expect(targeted({ visitor: 'new' }, { kind: 'new' })).toBe(true);
    expect(targeted({ visitor: 'returning' }, { kind: undefined })).toBe(false);
    expect(targeted({ visitor: 'new' }, { kind: undefined })).toBe(false);
  });

  it('matches languages by primary subtag or the full tag, in any case', () => {
    expect(languageMatches('zh', 'zh-CN')).toBe(true);
    expect(languageMatches('zh-CN', 'zh-cn')).toBe(true);
    expect(languageMatches('zh-CN', 'zh-TW')).toBe(false);
    expect(languageMatches('zh-CN', 'zh')).toBe(false);
    expect(languageMatches('en', 'eng')).toBe(false);
    expect(targeted({ languages: ['fr', 'en'] })).toBe(true);
    expect(targeted({ languages: ['fr'] })).toBe(false);
    expect(targeted({ languages: ['en'] }, { lang: '' })).toBe(false);
  });

  it('needs every attribute the survey names, with the same value', () => {
    expect(targeted({ attributes: { plan: 'gold' } })).toBe(true);
    expect(targeted({ attributes: { plan: 'silver' } })).toBe(false);
    expect(targeted({ attributes: { plan: 'gold', country: 'NZ' } })).toBe(false);
    expect(targeted({ attributes: { plan: 'gold' } }, { attributes: {} })).toBe(false);
  });
});
