import type { CaseFeedback } from '../../../../shared/schemas/cases.ts';
import { formatDateTime } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';
import { feedbackTypeLabel } from './caseLabels.ts';

/** What the shopper said that opened the case, as text. */
export function CaseFeedbackList({ feedback }: { feedback: readonly CaseFeedback[] }) {
  if (feedback.length === 0) return <p class="empty-note muted">The feedback behind this case was deleted.</p>;
  return (
    <ul class="case-feedback" aria-label="Feedback in this case">
      {feedback.map((f) => (
        <li key={f.id} class="case-feedback-item">
          <p class="case-feedback-meta muted">
            <strong>{feedbackTypeLabel(f.type)}</strong>
            {f.rating !== undefined && <span>{f.type === 'page_rating' ? `${f.rating}/5` : `score ${f.rating}`}</span>}
            {f.reason && <span>{f.reason.replace(/_/g, ' ')}</span>}
            {f.step && <span>at {f.step}</span>}
            <PagePath path={f.path} />
            <time dateTime={f.createdAt}>{formatDateTime(f.createdAt)}</time>
          </p>
          {f.comment ? <p class="shopper-text case-feedback-comment">{f.comment}</p> : <p class="muted">No comment.</p>}
        </li>
      ))}
    </ul>
  );
}
