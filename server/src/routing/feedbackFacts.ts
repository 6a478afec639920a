import type { FeedbackKind } from '../../../shared/schemas/routingRules.ts';

/** What routing and the case rules look at in one stored piece of feedback. */
export interface FeedbackFacts {
  kind: FeedbackKind;
  path: string;
  /** The touchpoint the page belongs to (first matching rule), if any. */
  touchpoint: string | null;
  reason: string | null;
  reasonCategory: string | null;
  journey: string | null;
  step: string | null;
  /** A page rating 1–5, or the survey answer's score. */
  score: number | null;
  survey: string | null;
  questionType: string | null;
  lang: string | null;
  channel: string;
  device: string | null;
}
