import { useEffect, useState } from 'preact/hooks';
import type { SurveyInput } from '../../../../shared/schemas/survey.ts';
import { isScoreQuestionType, scoreBand } from '../../../../shared/surveyScales.ts';
import { questionWording, WIDGET_WORDING, type WordingKey } from './widgetWording.ts';
import './SurveyPreview.css';

type Answer = number | string | string[];
/** As typed in the editor: defaults (a CSAT style) not filled in yet. */
type Question = SurveyInput['questions'][number];

interface Props {
  survey: SurveyInput;
  /** The question to show, e.g. the one being edited. */
  focus: number;
}

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];
const SCALES = { nps: [0, 10, 'npsLow', 'npsHigh'], csat: [1, 5, 'csatLow', 'csatHigh'], ces: [1, 7, 'cesLow', 'cesHigh'] } as const;

/**
 * The survey as a shopper sees it, drawn by the dashboard in the widget's
 * look (not the widget itself): one question at a time, "Next" following the
 * branching for the answer picked, "Send" on the last, then the thank-you.
 * Nothing is sent. Overrides of one language can be tried.
 */
export function SurveyPreview({ survey, focus }: Props) {
  const [index, setIndex] = useState(focus);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [lang, setLang] = useState('');
  const [done, setDone] = useState(false);
  const questions = survey.questions;

  useEffect(() => {
    setIndex(Math.min(focus, questions.length - 1));
    setDone(false);
  }, [focus, questions.length]);

  const overrides = (lang && survey.strings?.[lang]) || {};
  const words = (key: string, own?: string, fallback = '') => overrides[key] || own || fallback;
  const t = (key: WordingKey) => overrides[key] || WIDGET_WORDING[key];
  const question = questions[index];
  const next = question ? nextAsked(questions, answers, index) : -1;

  const answer = (value: Answer | undefined) =>
    setAnswers((all) => {
      const copy = { ...all };
      if (value === undefined || (Array.isArray(value) && value.length === 0)) delete copy[question!.id];
      else copy[question!.id] = value;
      return copy;
    });
  const submit = (event: Event) => {
    event.preventDefault();
    if (next < 0) setDone(true);
    else setIndex(next);
  };
  const restart = () => {
    setAnswers({});
    setDone(false);
    setIndex(0);
  };
  const languages = Object.keys(survey.strings ?? {}).filter(Boolean);

  return (
    <div class="survey-preview">
      <div class="survey-preview-bar">
        <ol class="survey-preview-steps" aria-label="Questions">
          {questions.map((q, i) => (
            <li key={i}>
              <button
                type="button"
                class="survey-preview-step"
                aria-current={!done && i === index ? 'step' : undefined}
                onClick={() => {
                  setDone(false);
                  setIndex(i);
                }}
              >
                <span class="visually-hidden">Preview question </span>
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        {languages.length > 0 && (
          <label class="survey-preview-lang">
            <span class="visually-hidden">Preview wording in</span>
            <select class="input" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
              <option value="">Default wording</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l} overrides
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div class="pv-stage">
        <div class="pv-dialog" role="group" aria-label="What shoppers see">
          <span class="pv-close" aria-hidden="true">
            ×
          </span>
          {done || !question ? (
            <div class="pv-thanks">
              <p class="pv-title">{words('thanks', undefined, 'Thank you!')}</p>
              <p class="pv-muted">{words('surveyThanks', undefined, 'Your answers help us improve.')}</p>
              <button type="button" class="pv-secondary" onClick={restart}>
                Preview again
              </button>
            </div>
          ) : (
            <form onSubmit={submit} noValidate>
              <QuestionField
                key={`${index}-${question.type}`}
                question={question}
                name={`pv-${index}`}
                value={answers[question.id]}
                words={words}
                t={t}
                onAnswer={answer}
              />
              <button type="submit" class="pv-primary">
                {next < 0 ? t('send') : t('next')}
              </button>
            </form>
          )}
        </div>
      </div>
      {question?.showIf && !done && (
        <p class="survey-preview-note muted">
          Asked only after question {questions.findIndex((q) => q.id === question.showIf!.question) + 1} got one of:{' '}
          {question.showIf.bands.join(', ')}.
        </p>
      )}
    </div>
  );
}

/** The next question to ask after `after` given the answers picked, as the widget decides it; -1 when done. */
function nextAsked(questions: readonly Question[], answers: Record<string, Answer>, after: number): number {
  for (let i = after + 1; i < questions.length; i++) {
    const rule = questions[i]!.showIf;
    if (!rule) return i;
    const earlier = questions.find((q) => q.id === rule.question);
    const value = answers[rule.question];
    if (earlier && isScoreQuestionType(earlier.type) && typeof value === 'number' && rule.bands.includes(scoreBand(earlier.type, value))) return i;
  }
  return -1;
}

interface FieldProps {
  question: Question;
  name: string;
  value: Answer | undefined;
  words: (key: string, own?: string, fallback?: string) => string;
  t: (key: WordingKey) => string;
  onAnswer: (value: Answer | undefined) => void;
}

function QuestionField({ question: q, name, value, words, t, onAnswer }: FieldProps) {
  const text = words(`${q.id}.text`, q.text, questionWording(q));
  if (q.type === 'open_text') {
    return (
      <div class="pv-q">
        <label class="pv-title" for={name}>
          {text}
        </label>
        <textarea
          id={name}
          class="pv-textarea"
          rows={3}
          placeholder={words(`${q.id}.placeholder`, q.placeholder)}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onAnswer(e.currentTarget.value.trim() ? e.currentTarget.value : undefined)}
        />
      </div>
    );
  }
  if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    const multiple = q.type === 'multiple_choice';
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    return (
      <fieldset class="pv-q">
        <legend class="pv-title">{text}</legend>
        {multiple && <p class="pv-hint">{t('chooseAll')}</p>}
        {q.options.map((option) => (
          <label key={option.id} class="pv-choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(e) =>
                onAnswer(
                  multiple
                    ? e.currentTarget.checked
                      ? [...chosen, option.id]
                      : chosen.filter((id) => id !== option.id)
                    : option.id,
                )
              }
            />
            {words(`${q.id}.${option.id}`, option.label)}
          </label>
        ))}
      </fieldset>
    );
  }

  let points: { value: number; face: string; label: string }[];
  let ends: [string, string] | null = null;
  let style: string = q.type === 'csat' ? (q.style ?? 'numbers') : 'numbers';
  if (q.type === 'thumbs') {
    style = 'thumbs';
    points = [
      { value: 1, face: '👍', label: t('yes') },
      { value: 0, face: '👎', label: t('no') },
    ];
  } else {
    const [from, to, lowKey, highKey] = SCALES[q.type];
    const low = words(`${q.id}.lowLabel`, q.type === 'nps' ? q.lowLabel : '', t(lowKey));
    const high = words(`${q.id}.highLabel`, q.type === 'nps' ? q.highLabel : '', t(highKey));
    points = [];
    for (let v: number = from; v <= to; v++) {
      points.push({
        value: v,
        face: style === 'faces' ? FACES[v - 1]! : style === 'stars' ? '' : String(v),
        label: v === from ? `${v} – ${low}` : v === to ? `${v} – ${high}` : String(v),
      });
    }
    ends = [low, high];
  }
  return (
    <fieldset class="pv-q">
      <legend class="pv-title">{text}</legend>
      <div class={`pv-scale pv-${style}`}>
        {points.map((p) => (
          <label key={p.value} class="pv-opt">
            <input type="radio" name={name} value={p.value} aria-label={p.label} checked={value === p.value} onChange={() => onAnswer(p.value)} />
            <span class="pv-face" aria-hidden="true">
              {p.face}
              {style === 'thumbs' && <span>{p.label}</span>}
            </span>
          </label>
        ))}
      </div>
      {ends && (
        <div class="pv-ends" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </div>
      )}
    </fieldset>
  );
}
