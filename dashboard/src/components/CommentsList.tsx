import { useState } from 'preact/hooks';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { channelLabel, deviceLabel, formatCount, formatDateTime, formatRelativeTime } from '../format.ts';
import { PagePath } from './PagePath.tsx';
import { ScoreBadge } from './ScoreBadge.tsx';
import './CommentsList.css';

interface Props {
  comments: Summary['comments'];
  now: Date;
}

const INITIAL_COMMENTS = 10;

/**
 * What shoppers wrote, latest first. Comment text and paths are untrusted and
 * are only ever rendered as text nodes.
 */
export function CommentsList({ comments, now }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (comments.length === 0) {
    return (
      <p class="empty-note muted">
        No comments in this range. Shoppers can add a comment after choosing a rating; try a longer range.
      </p>
    );
  }
  const shown = showAll ? comments : comments.slice(0, INITIAL_COMMENTS);
  return (
    <>
      <ul class="comments-list" aria-label="Latest comments">
        {shown.map((comment) => (
          <li key={comment.id}>
            <article class="comment">
              <header class="comment-header">
                {comment.abandonment ? (
                  <span class="comment-reason" title={`Left the ${comment.abandonment.journey} journey at ${comment.abandonment.step}`}>
                    Stopped: {comment.abandonment.reasonLabel}
                  </span>
                ) : (
                  <ScoreBadge rating={comment.rating} single />
                )}
                <PagePath class="comment-path" path={comment.path} />
                <time class="comment-time muted" dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)}>
                  {formatRelativeTime(comment.createdAt, now)}
                </time>
              </header>
              <p class="comment-text">{comment.comment}</p>
              <p class="comment-meta muted">
                <span>{deviceLabel(comment.device)}</span>
                <span aria-hidden="true"> · </span>
                <span>{channelLabel(comment.channel)}</span>
              </p>
            </article>
          </li>
        ))}
      </ul>
      {comments.length > INITIAL_COMMENTS && (
        <button type="button" class="button button-quiet show-more" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${formatCount(comments.length)} comments`}
        </button>
      )}
    </>
  );
}
