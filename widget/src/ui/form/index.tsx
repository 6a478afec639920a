import { render } from 'preact';
import { dialogContainer } from '../dialog/dialogContainer.ts';
import type { DialogController } from '../dialog/dialogHost.ts';
import { FeedbackDialog } from './FeedbackDialog.tsx';
import type { FormContext } from './formContext.ts';
import css from './rating.css?inline';

/** Entry of the lazily loaded feedback form: draws the dialog into the widget's shadow root. */
export function openForm(ctx: FormContext): DialogController {
  const container = dialogContainer(ctx, css);
  const close = () => {
    render(null, container.element);
    container.remove();
  };
  render(<FeedbackDialog ctx={ctx} onClose={close} />, container.element);
  return { close };
}
