import type { DistributionEntry, QuestionResult } from '../../../../shared/schemas/surveyResults.ts';
import { isScoreQuestionType, scoreBand, type ScoreBand } from '../../../../shared/surveyScales.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { WIDGET_WORDING } from './widgetWording.ts';
import './DistributionBars.css';

interface Props {
  question: QuestionResult;
}

/** Good, middling and bad answers get the score colours; choices one neutral colour. */
const BAND_TONE: Record<ScoreBand, 'good' | 'fair' | 'poor'> = {
  promoter: 'good',
  high: 'good',
  passive: 'fair',
  neutral: 'fair',
  detractor: 'poor',
  low: 'poor',
};

/**
 * How many gave each answer, as bars with the count and share written out (the
 * colour is never the only cue). Widths are set through the CSSOM, which the
 * dashboard's CSP allows, never as style attributes.
 */
export function DistributionBars({ question }: Props) {
  const entries = question.type === 'thumbs' ? [...question.distribution].reverse() : question.distribution;
  const most = Math.max(1, ...entries.map((e) => e.count));
  // Each answer of a multiple choice question may pick several options: shares are of answers, not of picks.
  const total = Math.max(1, question.n);
  return (
    <table class="distribution">
      <caption class="visually-hidden">Answers to {question.id}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Answers</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.value}>
            <th scope="row" class="distribution-label">
              {labelOf(question, entry)}
            </th>
            <td>
              <span class="distribution-bar-row">
                <span class="distribution-track" aria-hidden="true">
                  <span class={`distribution-bar tone-bar-${toneOf(question, entry)}`} style={{ width: `${((entry.count / most) * 100).toFixed(1)}%` }} />
                </span>
                <span class="distribution-count">{formatCount(entry.count)}</span>
              </span>
            </td>
            <td class="distribution-share muted">{formatPercent(entry.count / total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function labelOf(question: QuestionResult, entry: DistributionEntry): string {
  if (question.type === 'thumbs') return entry.value === '1' ? `👍 ${WIDGET_WORDING.yes}` : `👎 ${WIDGET_WORDING.no}`;
  return entry.label;
}

function toneOf(question: QuestionResult, entry: DistributionEntry): string {
  if (!isScoreQuestionType(question.type)) return 'choice';
  return BAND_TONE[scoreBand(question.type, Number(entry.value))];
}
