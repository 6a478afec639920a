import type { DialogHost } from '../../ui/dialog/dialogHost.ts';
import type { SurveyFormContext } from './surveyForm.ts';

/** What the surveys chunk hands the survey dialog. */
export interface SurveyDialogContext extends DialogHost, SurveyFormContext {
  /** Closed before the last question (close button or Esc). */
  onDismiss(): void;
}
