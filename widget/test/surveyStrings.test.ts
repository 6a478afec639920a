import { describe, expect, it } from 'vitest';
import english from '../src/i18n/strings/en.ts';
import { overrideLanguages, surveyStrings } from '../src/surveys/surveyStrings.ts';

describe("a survey's words", () => {
  const overrides = {
    'zh-CN': { send: '提交问卷', 'q1.text': '您会推荐我们吗？' },
    zh: { next: '继续', send: '发送' },
    'ZH-TW': { send: '送出問卷' },
  };

  it('are the bundled words with the overrides of the widget language, then the page’s primary and full language', () => {
    const words = surveyStrings(english, overrides, overrideLanguages('zh-CN', 'zh-CN'));
    expect([words.send, words.next, words['q1.text'], words.close]).toEqual(['提交问卷', '继续', '您会推荐我们吗？', 'Close']);
  });

  it('match language tags in any case, and leave the bundled words alone', () => {
    expect(surveyStrings(english, overrides, overrideLanguages('zh-TW', 'zh-tw')).send).toBe('送出問卷');
    expect(english.send).toBe('Send');
  });

  it('are the bundled words when the survey overrides nothing for these languages', () => {
    expect(surveyStrings(english, overrides, overrideLanguages('en', undefined))).toEqual(english);
    expect(surveyStrings(english, undefined, ['en'])).toEqual(english);
  });
});
