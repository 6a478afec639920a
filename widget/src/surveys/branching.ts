import type { Question } from '../../../shared/schemas/survey.ts';
import { isScoreQuestionType, scoreBand } from '../../../shared/surveyScales.ts';

/** What a question's answer is on the wire: a score, an option id, option ids, or text. */
export type AnswerValue = number | string | string[];
/** The answers so far, by question id. */
export type Answers = Record<string, { type: Question['type']; value: AnswerValue }>;

/**
 * Whether to ask a question given the answers so far: always without `showIf`,
 * else only when that earlier score answer falls in one of the listed bands
 * (shared/surveyScales.ts: NPS detractor 0–6, passive 7–8, promoter 9–10; CSAT,
 * CES and thumbs low, neutral or high). An unanswered question matches no band.
 */
export function shouldAsk(question: Question, answers: Answers): boolean {
  const rule = question.showIf;
  if (!rule) return true;
  const earlier = answers[rule.question];
  return !!earlier && isScoreQuestionType(earlier.type) && typeof earlier.value === 'number' && rule.bands.includes(scoreBand(earlier.type, earlier.value));
}

/** Index of the next question to ask after `after` (-1 to start), or -1 when the survey is done. */
export function nextQuestion(questions: readonly Question[], answers: Answers, after: number): number {
  for (let i = after + 1; i < questions.length; i++) if (shouldAsk(questions[i]!, answers)) return i;
  return -1;
}
