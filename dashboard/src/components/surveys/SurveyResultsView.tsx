import type { SurveyResults } from '../../../../shared/schemas/surveyResults.ts';
import { isScoreQuestionType } from '../../../../shared/surveyScales.ts';
import { formatCount } from '../../format.ts';
import { ChangeNote } from '../insight/ChangeNote.tsx';
import { direction, formatScore, formatScoreDelta } from '../insight/scoreFormat.ts';
import { DistributionBars } from './DistributionBars.tsx';
import { OpenTextAnswers } from './OpenTextAnswers.tsx';
import { SurveyHeadline } from './SurveyHeadline.tsx';
import { SCORE_KIND, SCORE_NAMES } from './surveyScoreFormat.ts';
import { SurveyScoreChart } from './SurveyScoreChart.tsx';
import { SurveyScoreFigure } from './SurveyScoreFigure.tsx';
import { QUESTION_TYPE_LABELS, questionWording } from './widgetWording.ts';
import './SurveyResultsView.css';

interface Props {
  results: SurveyResults;
  /** "previous 30 days". */
  period: string;
}

/** One survey's results: the headline figures, then each question, then what shoppers wrote. */
export function SurveyResultsView({ results, period }: Props) {
  const nothing = results.totals.shown === 0 && results.totals.answered === 0;
  return (
    <section class="summary survey-results" aria-label="Survey results">
      <h2 class="visually-hidden">Headline numbers</h2>
      <SurveyHeadline results={results} period={period} />
      {nothing ? (
        <section class="empty-state card" aria-labelledby="no-answers-title">
          <h2 id="no-answers-title">Nobody was asked “{results.name}” in this range</h2>
          <p>
            {results.status === 'live'
              ? 'Pick a longer range, or check that the widget is on the pages and that the trigger happens there.'
              : 'The survey is not live: put it live for shoppers to see it.'}
          </p>
        </section>
      ) : (
        results.questions.map((question, i) => {
          const score = isScoreQuestionType(question.type) ? question.type : null;
          return (
            <section key={question.id} class="panel card" aria-labelledby={`question-${i}-title`}>
              <div class="panel-head">
                <div>
                  <p class="question-kicker muted">
                    Question {i + 1} · {QUESTION_TYPE_LABELS[question.type]}
                  </p>
                  <h2 id={`question-${i}-title`}>{questionWording(question)}</h2>
                </div>
                <p class="muted panel-note">
                  {formatCount(question.n)} {question.n === 1 ? 'answer' : 'answers'}
                </p>
              </div>
              {score && question.score ? (
                <div class="question-results">
                  <div class="question-score">
                    <p class="headline-label">{SCORE_NAMES[score]}</p>
                    <SurveyScoreFigure type={score} result={question.score} size="large" />
                    <p class="question-change">
                      <ChangeNote
                        text={question.change ? formatScoreDelta(SCORE_KIND[score], question.change) : null}
                        direction={direction(question.change?.delta ?? null, true)}
                        significant={question.change?.significant ?? false}
                        previous={`${period}: ${
                          question.previousScore?.value == null ? 'no answers' : formatScore(SCORE_KIND[score], question.previousScore.value)
                        }`}
                      />{' '}
                      <span class="muted">vs {period}</span>
                    </p>
                    <DistributionBars question={question} />
                  </div>
                  <SurveyScoreChart question={{ ...question, type: score }} period={period} range={results} />
                </div>
              ) : question.type === 'open_text' ? (
                <OpenTextAnswers answers={results.openText.filter((a) => a.question === question.id)} questions={results.questions} now={new Date()} />
              ) : (
                <DistributionBars question={question} />
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
