import { describe, expect, it } from 'vitest';
import { WIDGET_LANGUAGES } from '../../shared/schemas/survey.ts';
import formEn from '../src/i18n/formStrings/en.ts';
import formZhCN from '../src/i18n/formStrings/zh-CN.ts';
import formZhTW from '../src/i18n/formStrings/zh-TW.ts';
import abandonEn from '../src/i18n/abandonStrings/en.ts';
import abandonZhCN from '../src/i18n/abandonStrings/zh-CN.ts';
import abandonZhTW from '../src/i18n/abandonStrings/zh-TW.ts';
import surveyEn from '../src/i18n/strings/en.ts';
import surveyZhCN from '../src/i18n/strings/zh-CN.ts';
import surveyZhTW from '../src/i18n/strings/zh-TW.ts';
import { LOAD_FAILED } from '../src/i18n/loadFailed.ts';
import { TAB_LABELS } from '../src/launcher/tabStrings.ts';

const words = (table: object) =>
  Object.entries(table).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Array.isArray(value) ? value.map((v, i) => [`${key}.${i}`, v]) : []));

describe('the bundled translations', () => {
  it('exist for every widget language, the tab included', () => {
    for (const table of [TAB_LABELS, LOAD_FAILED]) {
      expect(Object.keys(table)).toEqual([...WIDGET_LANGUAGES]);
      for (const words of Object.values(table)) expect(words).toBeTruthy();
    }
  });

  for (const [name, en, translations] of [
    ['feedback', formEn, [formZhCN, formZhTW]],
    ['"What stopped you?"', abandonEn, [abandonZhCN, abandonZhTW]],
    ['survey', surveyEn, [surveyZhCN, surveyZhTW]],
  ] as const) {
    it(`translate every ${name} word, none left empty or in English`, () => {
      const english = words(en);
      for (const table of translations) {
        const translated = words(table);
        expect(translated.map(([key]) => key)).toEqual(english.map(([key]) => key));
        for (const [key, value] of translated) {
          expect(value, key).not.toBe('');
          expect(/[\u4e00-\u9fff]/.test(value!), `${key}: ${value}`).toBe(true);
        }
      }
    });
  }
});
