import { useState } from 'preact/hooks';
import { moveItem } from '../editor/moveItem.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { MAX_QUESTIONS, questionDraft, type QuestionDraft, type QuestionType } from './surveyDraft.ts';
import { QUESTION_TYPE_LABELS } from './widgetWording.ts';

interface Props {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  /** The question being worked on, for the preview to show. */
  onFocus: (index: number) => void;
}

/** The survey's questions in order, and a new one of a chosen type. */
export function SurveyQuestions({ questions, onChange, onFocus }: Props) {
  const [newType, setNewType] = useState<QuestionType>('open_text');
  const setQuestion = (row: string, patch: Partial<QuestionDraft>) => onChange(questions.map((q) => (q.row === row ? { ...q, ...patch } : q)));
  const addQuestion = () => {
    onChange([...questions, questionDraft(newType, questions.map((q) => q.id))]);
    onFocus(questions.length);
  };

  return (
    <fieldset class="editor-section">
      <legend>Questions, in order (up to {MAX_QUESTIONS})</legend>
      <p class="muted section-help">Each answer is stored as soon as it is given, so a shopper who stops early still counts.</p>
      <ol class="question-list">
        {questions.map((q, i) => (
          <QuestionCard
            key={q.row}
            questions={questions}
            index={i}
            onChange={(patch) => setQuestion(q.row, patch)}
            onMove={(by) => {
              onChange(moveItem(questions, i, by));
              onFocus(i + by);
            }}
            onRemove={() => {
              onChange(questions.filter((other) => other.row !== q.row));
              onFocus(Math.max(0, i - 1));
            }}
            onFocus={() => onFocus(i)}
          />
        ))}
      </ol>
      {questions.length < MAX_QUESTIONS && (
        <div class="editor-inline-actions">
          <label class="visually-hidden" for="survey-new-question-type">
            Type of the new question
          </label>
          <select id="survey-new-question-type" class="input" value={newType} onChange={(e) => setNewType(e.currentTarget.value as QuestionType)}>
            {Object.entries(QUESTION_TYPE_LABELS).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
          <button type="button" class="button" onClick={addQuestion}>
            + Add a question
          </button>
        </div>
      )}
    </fieldset>
  );
}
