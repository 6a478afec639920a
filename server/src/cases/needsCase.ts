import type { CaseSettings } from '../../../shared/schemas/caseSettings.ts';
import type { StoredFeedback } from '../db/queries/cases/storedFeedback.ts';

/** NPS 0–6, CSAT 1–2, CES 5–7: the survey answers that count as complaints. */
function isDetractor(questionType: string | null, score: number | null): boolean {
  if (score === null) return false;
  if (questionType === 'nps') return score <= 6;
  if (questionType === 'csat') return score <= 2;
  if (questionType === 'ces') return score >= 5;
  return false;
}

/** Whether this feedback needs someone to act, by the site's settings (shared/schemas/caseSettings.ts). */
export function needsCase(feedback: StoredFeedback, settings: CaseSettings): boolean {
  if (settings.contactComments && feedback.contactEmail !== null && feedback.comment !== null) return true;
  switch (feedback.type) {
    case 'page_rating':
      return feedback.rating !== null && feedback.rating <= settings.ratingAtMost;
    case 'abandon_reason':
      // "Just looking" is an intent, not a complaint.
      return settings.abandonAnswers && feedback.reasonCategory !== 'intent';
    case 'survey_answer':
      return settings.surveyDetractors && isDetractor(feedback.questionType, feedback.rating);
  }
}
