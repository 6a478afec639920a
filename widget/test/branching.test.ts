import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/schemas/survey.ts';
import { nextQuestion, shouldAsk, type Answers } from '../src/surveys/branching.ts';

const questions: Question[] = [
  { id: 'nps', type: 'nps' },
  { id: 'fix', type: 'open_text', text: 'What should we fix first?', showIf: { question: 'nps', bands: ['detractor'] } },
  { id: 'love', type: 'open_text', text: 'What do you love?', showIf: { question: 'nps', bands: ['promoter'] } },
  { id: 'easy', type: 'ces' },
  { id: 'why', type: 'single_choice', text: 'What was hard?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], showIf: { question: 'easy', bands: ['low', 'neutral'] } },
];
const nps = (value: number): Answers => ({ nps: { type: 'nps', value } });

/** The questions a shopper sees, in order, given their answers. */
function path(answers: Answers): string[] {
  const seen: string[] = [];
  for (let i = nextQuestion(questions, answers, -1); i >= 0; i = nextQuestion(questions, answers, i)) seen.push(questions[i]!.id);
  return seen;
}

describe('branching by score band', () => {
  it('asks detractors (0–6) what to fix and promoters (9–10) what they love; passives (7–8) neither', () => {
    for (const score of [0, 6]) expect(path(nps(score)), String(score)).toEqual(['nps', 'fix', 'easy']);
    for (const score of [7, 8]) expect(path(nps(score)), String(score)).toEqual(['nps', 'easy']);
    for (const score of [9, 10]) expect(path(nps(score)), String(score)).toEqual(['nps', 'love', 'easy']);
  });

  it('bands CES 1–3 low, 4 neutral, 5–7 high', () => {
    const ces = (value: number): Answers => ({ ...nps(8), easy: { type: 'ces', value } });
    for (const value of [1, 3, 4]) expect(path(ces(value)), String(value)).toEqual(['nps', 'easy', 'why']);
    for (const value of [5, 7]) expect(path(ces(value)), String(value)).toEqual(['nps', 'easy']);
  });

  it('bands CSAT 1–2 low, 3 neutral, 4–5 high, and thumbs down low, up high', () => {
    const follow = (bands: ('low' | 'neutral' | 'high')[]): Question => ({
      id: 'f', type: 'open_text', text: 'Why?', showIf: { question: 'q', bands },
    });
    const asks = (type: Question['type'], value: number, bands: ('low' | 'neutral' | 'high')[]) =>
      shouldAsk(follow(bands), { q: { type, value } });
    expect([1, 2, 3, 4, 5].map((v) => asks('csat', v, ['low']))).toEqual([true, true, false, false, false]);
    expect([1, 2, 3, 4, 5].map((v) => asks('csat', v, ['neutral']))).toEqual([false, false, true, false, false]);
    expect([0, 1].map((v) => asks('thumbs', v, ['low']))).toEqual([true, false]);
    expect([0, 1].map((v) => asks('thumbs', v, ['high']))).toEqual([false, true]);
  });

  it('skips a follow-up when the question it depends on was not answered, or is not a score', () => {
    expect(path({})).toEqual(['nps', 'easy']);
    expect(shouldAsk({ id: 'x', type: 'ces', showIf: { question: 'why', bands: ['low'] } }, { why: { type: 'single_choice', value: 'a' } })).toBe(false);
  });

  it('is done (-1) after the last question', () => {
    expect(nextQuestion(questions, nps(8), 3)).toBe(-1);
    expect(nextQuestion([], {}, -1)).toBe(-1);
  });
});
