import { useState } from 'preact/hooks';
import type { CommentTagOption } from '../../../../shared/commentTags.ts';
import { ApiError } from '../../api/ApiError.ts';
import { setCommentTag } from '../../api/themesApi.ts';
import './CommentTagButtons.css';

interface Props {
  siteKey: string;
  commentId: string;
  tags: string[];
  /** The site's tag set, in the order offered. */
  options: readonly CommentTagOption[];
}

/** The site's tags as toggles on one comment; a viewer's attempt, or a tag just removed from the set, is refused by the server and said so. */
export function CommentTagButtons({ siteKey, commentId, tags: initial, options }: Props) {
  const [tags, setTags] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async (tag: string) => {
    setProblem(null);
    try {
      setTags((await setCommentTag(siteKey, commentId, tag, !tags.includes(tag))).tags);
    } catch (error) {
      setProblem(tagProblem(error));
    }
  };
  return (
    <div class="comment-tags" role="group" aria-label="Tags">
      {options.map((tag) => (
        <button
          key={tag.key}
          type="button"
          class="comment-tag"
          aria-pressed={tags.includes(tag.key)}
          title={tag.about}
          onClick={() => void toggle(tag.key)}
        >
          {tag.label}
        </button>
      ))}
      {tags
        .filter((tag) => !options.some((t) => t.key === tag))
        .map((tag) => (
          <button key={tag} type="button" class="comment-tag" aria-pressed="true" onClick={() => void toggle(tag)}>
            {tag}
          </button>
        ))}
      {problem && (
        <span class="comment-tag-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

function tagProblem(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Could not change the tag.';
  if (error.status === 403) return 'Only members and admins can tag comments.';
  // A 400 here means the tag left the set since the page loaded (or never was in it).
  if (error.status === 400) return `${error.message} Reload the page to see the current tags.`;
  return error.message;
}
