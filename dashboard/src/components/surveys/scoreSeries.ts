import type { QuestionResult } from '../../../../shared/schemas/surveyResults.ts';

export interface ScoreSeries {
  /** UTC days of the current period. */
  days: string[];
  /** The score over the 7 days to each day: the line (a day's own answers are too few to read a trend from). */
  week: (number | null)[];
  weekN: number[];
  /** Each day's own score, for the readout and the table. */
  day: (number | null)[];
  dayN: number[];
  /** The previous period's 7-day score, aligned by position (the day as far before as the period is long). */
  previous: (number | null)[];
  previousN: number[];
  previousDays: (string | null)[];
}

/** The per-day scores of a question as chart series; a day without answers is a gap. */
export function scoreSeries(question: Pick<QuestionResult, 'daily' | 'previousDaily'>): ScoreSeries {
  const before = (i: number) => question.previousDaily[i];
  return {
    days: question.daily.map((d) => d.date),
    week: question.daily.map((d) => d.trailingWeek.value),
    weekN: question.daily.map((d) => d.trailingWeek.n),
    day: question.daily.map((d) => d.score.value),
    dayN: question.daily.map((d) => d.score.n),
    previous: question.daily.map((_, i) => before(i)?.trailingWeek.value ?? null),
    previousN: question.daily.map((_, i) => before(i)?.trailingWeek.n ?? 0),
    previousDays: question.daily.map((_, i) => before(i)?.date ?? null),
  };
}
