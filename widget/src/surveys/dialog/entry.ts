import type { DialogController } from '../../ui/dialog/dialogHost.ts';
import { openDialog } from '../../ui/dialog/openDialog.ts';
import { showThanks } from '../../ui/dialog/thanksPanel.ts';
import css from './survey.css?inline';
import { surveyForm } from './surveyForm.ts';
import type { SurveyDialogContext } from './surveyDialogContext.ts';

/**
 * Entry of the lazily loaded survey dialog: the survey's form (surveyForm.ts)
 * in a modal dialog, then a thank-you. Plain DOM like the other dialogs (see ui/dialog/el.ts).
 */
export function openSurvey(ctx: SurveyDialogContext): DialogController {
  const t = ctx.strings;
  let completed = false;
  const dismiss = () => {
    if (!completed) ctx.onDismiss();
    close();
  };
  const form = surveyForm(ctx, (done) => {
    completed = true;
    showThanks(done, t, t.surveyThanks, close);
  });
  // Named by a fixed label: the questions change, the dialog stays the same.
  const close = openDialog(ctx, { css, kind: 'survey', label: t.survey, closeLabel: t.close, onDismiss: dismiss, content: form, focus: 'input,textarea' });
  return { close };
}
