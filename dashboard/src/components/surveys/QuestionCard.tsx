import { SCORE_SCALES, isScoreQuestionType, type ScoreBand } from '../../../../shared/surveyScales.ts';
import { Field } from '../form/Field.tsx';
import { OptionsField } from './OptionsField.tsx';
import { branchTargets, questionDraft, type CsatStyle, type QuestionDraft, type QuestionType } from './surveyDraft.ts';
import { bandLabel, QUESTION_TYPE_LABELS, questionWording, WIDGET_WORDING } from './widgetWording.ts';

interface Props {
  questions: QuestionDraft[];
  index: number;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onFocus: () => void;
}

const TYPES = Object.keys(QUESTION_TYPE_LABELS) as QuestionType[];

/** One question: its type and words, options for choices, and when to ask it (always, or after some answers). */
export function QuestionCard({ questions, index, onChange, onMove, onRemove, onFocus }: Props) {
  const q = questions[index]!;
  const context = `Question ${index + 1}`;
  const score = isScoreQuestionType(q.type);
  const targets = branchTargets(questions, index);
  const target = q.showIf ? questions.find((other) => other.id === q.showIf!.question) : undefined;
  const targetBands: readonly ScoreBand[] = target && isScoreQuestionType(target.type) ? SCORE_SCALES[target.type].bands : [];

  const changeType = (type: QuestionType) => {
    const fresh = questionDraft(type, questions.filter((other) => other !== q).map((other) => other.id));
    // Keep what still fits; a choice question needs options and words of its own.
    // An id that is still its type's default ("csat", "nps-2") follows the new type.
    const defaultId = new RegExp(`^${q.type.replace('_', '-')}(-\\d+)?$`).test(q.id);
    onChange({ type, options: q.options.length >= 2 ? q.options : fresh.options, ...(q.idEdited && !defaultId ? {} : { id: fresh.id }) });
  };
  const setBranch = (question: string) => {
    if (!question) return onChange({ showIf: null });
    const asked = questions.find((other) => other.id === question);
    const bands = asked && isScoreQuestionType(asked.type) ? SCORE_SCALES[asked.type].bands : [];
    onChange({ showIf: { question, bands: [bands[0]!] } });
  };
  const toggleBand = (band: ScoreBand, on: boolean) => {
    if (!q.showIf) return;
    const bands = on ? [...q.showIf.bands, band] : q.showIf.bands.filter((b) => b !== band);
    onChange({ showIf: { ...q.showIf, bands: targetBands.filter((b) => bands.includes(b)) } });
  };

  return (
    <li class="question-card" onFocusIn={onFocus}>
      <div class="question-card-head">
        <span class="step-card-number" aria-hidden="true">
          {index + 1}
        </span>
        <Field id={`${q.row}-type`} label={<>{context} type</>}>
          <select id={`${q.row}-type`} class="input" value={q.type} onChange={(e) => changeType(e.currentTarget.value as QuestionType)}>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {QUESTION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${q.row}-id`} label={<>{context} id</>}>
          <input
            id={`${q.row}-id`}
            class="input mono"
            type="text"
            maxLength={40}
            spellcheck={false}
            autocomplete="off"
            value={q.id}
            onInput={(e) => onChange({ id: e.currentTarget.value, idEdited: true })}
          />
        </Field>
        <div class="step-card-actions">
          <button type="button" class="button button-quiet icon-button" aria-label={`Move ${context} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button
            type="button"
            class="button button-quiet icon-button"
            aria-label={`Move ${context} down`}
            disabled={index === questions.length - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button type="button" class="button button-quiet icon-button" aria-label={`Remove ${context}`} disabled={questions.length === 1} onClick={onRemove}>
            ✕
          </button>
        </div>
      </div>

      <Field
        id={`${q.row}-text`}
        label={<>{context} wording{score ? ' (optional)' : ''}</>}
        help={score && "Empty: the widget asks in its own words, in the shopper's language."}
      >
        <input
          id={`${q.row}-text`}
          class="input"
          type="text"
          maxLength={300}
          placeholder={score ? questionWording({ type: q.type }) : q.type === 'open_text' ? 'What could we do better?' : 'How did you find us?'}
          value={q.text}
          onInput={(e) => onChange({ text: e.currentTarget.value })}
        />
      </Field>

      {q.type === 'csat' && (
        <Field id={`${q.row}-style`} label="Shown as">
          <select id={`${q.row}-style`} class="input" value={q.style} onChange={(e) => onChange({ style: e.currentTarget.value as CsatStyle })}>
            <option value="numbers">Numbers 1–5</option>
            <option value="stars">Stars</option>
            <option value="faces">Faces</option>
          </select>
        </Field>
      )}

      {q.type === 'nps' && (
        <div class="editor-grid">
          <Field id={`${q.row}-low`} label="Label under 0">
            <input id={`${q.row}-low`} class="input" type="text" maxLength={60} placeholder={WIDGET_WORDING.npsLow} value={q.lowLabel} onInput={(e) => onChange({ lowLabel: e.currentTarget.value })} />
          </Field>
          <Field id={`${q.row}-high`} label="Label under 10">
            <input id={`${q.row}-high`} class="input" type="text" maxLength={60} placeholder={WIDGET_WORDING.npsHigh} value={q.highLabel} onInput={(e) => onChange({ highLabel: e.currentTarget.value })} />
          </Field>
        </div>
      )}

      {q.type === 'open_text' && (
        <Field id={`${q.row}-placeholder`} label="Placeholder (optional)">
          <input id={`${q.row}-placeholder`} class="input" type="text" maxLength={120} value={q.placeholder} onInput={(e) => onChange({ placeholder: e.currentTarget.value })} />
        </Field>
      )}

      {(q.type === 'single_choice' || q.type === 'multiple_choice') && (
        <div class="field">
          <p class="field-label">Options (label, id)</p>
          <OptionsField context={context} options={q.options} onChange={(options) => onChange({ options })} />
        </div>
      )}

      {index > 0 && (
        <div class="question-branch">
          <Field id={`${q.row}-branch`} label={<>Ask {context.toLowerCase()}</>}>
            <select id={`${q.row}-branch`} class="input" value={q.showIf?.question ?? ''} onChange={(e) => setBranch(e.currentTarget.value)}>
              <option value="">Always</option>
              {targets.map((t) => (
                <option key={t.row} value={t.id}>
                  After question {questions.indexOf(t) + 1} ({t.id}), for some answers
                </option>
              ))}
              {q.showIf && !targets.some((t) => t.id === q.showIf!.question) && (
                <option value={q.showIf.question}>After “{q.showIf.question}”, which is not an earlier score question</option>
              )}
            </select>
          </Field>
          {q.showIf && target && targetBands.length > 0 && (
            <fieldset class="band-choices">
              <legend class="field-label">Only when the answer to question {questions.indexOf(target) + 1} is</legend>
              {targetBands.map((band) => (
                <label key={band} class="check">
                  <input type="checkbox" checked={q.showIf!.bands.includes(band)} onChange={(e) => toggleBand(band, e.currentTarget.checked)} />
                  {bandLabel(target.type, band)}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </li>
  );
}
