import { useState } from 'preact/hooks';
import { SERVQUAL_TAGS } from '../../../../shared/commentTags.ts';
import { ApiError } from '../../api/ApiError.ts';
import { setCommentTag } from '../../api/themesApi.ts';
import './CommentTagButtons.css';

interface Props {
  siteKey: string;
  commentId: string;
  tags: string[];
}

/** The SERVQUAL tags as toggles on one comment; a viewer's attempt is refused by the server and said so. */
export function CommentTagButtons({ siteKey, commentId, tags: initial }: Props) {
  const [tags, setTags] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async (tag: string) => {
    setProblem(null);
    try {
      setTags((await setCommentTag(siteKey, commentId, tag, !tags.includes(tag))).tags);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Could not change the tag.');
    }
  };
  return (
    <div class="comment-tags" role="group" aria-label="Tags">
      {SERVQUAL_TAGS.map((tag) => (
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
        .filter((tag) => !SERVQUAL_TAGS.some((t) => t.key === tag))
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
