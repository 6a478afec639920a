import type { CommentTagOption } from '../../../../shared/commentTags.ts';
import type { Comment } from '../../../../shared/schemas/themes.ts';
import { channelLabel, deviceLabel, formatDateTime } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';
import { ScoreBadge } from '../ScoreBadge.tsx';
import { CommentTagButtons } from './CommentTagButtons.tsx';
import '../CommentsList.css';

interface Props {
  siteKey: string;
  comments: Comment[];
  label: string;
  /** The site's tag set, offered on every comment. */
  tagOptions: readonly CommentTagOption[];
}

/** Comments found by a theme or a search, latest first; untrusted text rendered only as text nodes. */
export function FoundComments({ siteKey, comments, label, tagOptions }: Props) {
  if (comments.length === 0) return <p class="empty-note muted">No comments match in this range.</p>;
  return (
    <ul class="comments-list" aria-label={label}>
      {comments.map((comment) => (
        <li key={comment.id}>
          <article class="comment">
            <header class="comment-header">
              {comment.type === 'abandon_reason' ? (
                <span class="comment-reason">Stopped{comment.reason ? `: ${comment.reasonLabel ?? comment.reason}` : ''}</span>
              ) : (
                <ScoreBadge rating={comment.rating} single />
              )}
              <PagePath class="comment-path" path={comment.path} />
              <time class="comment-time muted" dateTime={comment.createdAt}>
                {formatDateTime(comment.createdAt)}
              </time>
            </header>
            <p class="comment-text">{comment.text}</p>
            <p class="comment-meta muted">
              <span>{deviceLabel(comment.device)}</span>
              <span aria-hidden="true"> · </span>
              <span>{channelLabel(comment.channel)}</span>
              {comment.lang && <span> · {comment.lang}</span>}
            </p>
            <CommentTagButtons
              key={comment.id + comment.tags.join()}
              siteKey={siteKey}
              commentId={comment.id}
              tags={comment.tags}
              options={tagOptions}
            />
          </article>
        </li>
      ))}
    </ul>
  );
}
