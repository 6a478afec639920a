import type { Question } from '../../../../shared/schemas/survey.ts';
import type { AnswerValue } from '../branching.ts';
import type { SurveyStrings } from '../surveyStrings.ts';
import type { DialogHost } from '../../ui/dialog/dialogHost.ts';

/** What the surveys chunk hands the survey dialog. */
export interface SurveyDialogContext extends DialogHost {
  /** Bundled strings with the survey's overrides for this page's language. */
  strings: SurveyStrings;
  questions: Question[];
  /** Each question as it is answered: partial answers count. Never waits for the network. */
  answer(question: Question, value: AnswerValue): void;
  /** Closed before the last question (close button or Esc). */
  onDismiss(): void;
  onComplete(): void;
}
