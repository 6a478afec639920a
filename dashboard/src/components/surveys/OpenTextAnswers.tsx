import { useState } from 'preact/hooks';
import type { OpenTextAnswer, QuestionResult } from '../../../../shared/schemas/surveyResults.ts';
import { scoreBand } from '../../../../shared/surveyScales.ts';
import { deviceLabel, formatCount, formatDateTime, formatRelativeTime } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';
import { SCORE_NAMES } from './surveyScoreFormat.ts';
import { bandLabel, questionWording } from './widgetWording.ts';
import '../CommentsList.css';
import './OpenTextAnswers.css';

interface Props {
  answers: OpenTextAnswer[];
  questions: QuestionResult[];
  now: Date;
}

const INITIAL = 10;

/**
 * What shoppers wrote, latest first, each with the score the same visit gave,
 * written out ("NPS 3 · Detractors (0–6)"). Texts and paths are untrusted and
 * only ever rendered as text nodes.
 */
export function OpenTextAnswers({ answers, questions, now }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (answers.length === 0) {
    return <p class="empty-note muted">No written answers in this range.</p>;
  }
  const several = new Set(answers.map((a) => a.question)).size > 1;
  const wordingOf = (id: string) => {
    const question = questions.find((q) => q.id === id);
    return question ? questionWording(question) : id;
  };
  const shown = showAll ? answers : answers.slice(0, INITIAL);
  return (
    <>
      <ul class="comments-list" aria-label="Written answers">
        {shown.map((answer) => (
          <li key={answer.id}>
            <article class="comment">
              <header class="comment-header">
                {answer.scores.length === 0 ? (
                  <span class="answer-score is-none">No score given</span>
                ) : (
                  answer.scores.map((s) => (
                    <span key={s.question} class={`answer-score band-${scoreBand(s.type, s.score)}`}>
                      {SCORE_NAMES[s.type]} {s.type === 'thumbs' ? (s.score === 1 ? '👍' : '👎') : s.score}
                      <span class="answer-band"> · {bandLabel(s.type, scoreBand(s.type, s.score))}</span>
                    </span>
                  ))
                )}
                <PagePath class="comment-path" path={answer.path} />
                <time class="comment-time muted" dateTime={answer.createdAt} title={formatDateTime(answer.createdAt)}>
                  {formatRelativeTime(answer.createdAt, now)}
                </time>
              </header>
              {several && <p class="answer-question muted">{wordingOf(answer.question)}</p>}
              <p class="comment-text">{answer.text}</p>
              <p class="comment-meta muted">
                <span>{deviceLabel(answer.device)}</span>
                {answer.lang && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span>{answer.lang}</span>
                  </>
                )}
              </p>
            </article>
          </li>
        ))}
      </ul>
      {answers.length > INITIAL && (
        <button type="button" class="button button-quiet show-more" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${formatCount(answers.length)} written answers`}
        </button>
      )}
    </>
  );
}
