import type { CaseFeedback, CaseStatus } from '../../../../shared/schemas/cases.ts';

/** The statuses in the order a case moves through them (the schema's list, without zod). */
export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'wont_fix'];

export const STATUS_LABELS: Record<CaseStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
  wont_fix: 'Won’t fix',
};

/** Resolved and won't-fix cases are done: bulk actions and `r` skip them. */
export function isOpen(status: CaseStatus): boolean {
  return status !== 'resolved' && status !== 'wont_fix';
}

const TYPE_LABELS: Record<string, string> = {
  page_rating: 'Page rating',
  abandon_reason: 'What stopped you?',
  survey_answer: 'Survey answer',
  survey: 'Survey answer',
};

export function feedbackTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.replace(/_/g, ' ');
}

/** The line the inbox shows for a case: the first comment, else what the shopper chose or gave. */
export function caseHeadline(feedback: readonly CaseFeedback[]): string {
  const withComment = feedback.find((f) => f.comment?.trim());
  if (withComment) return withComment.comment!.trim();
  const first = feedback[0];
  if (!first) return 'No feedback left on this case';
  if (first.reason) return first.reason;
  if (first.rating != null) return `${feedbackTypeLabel(first.type)}: ${first.rating}`;
  return feedbackTypeLabel(first.type);
}

