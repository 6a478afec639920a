import { render } from 'preact';
import css from './form.css?inline';
import { FeedbackDialog } from './FeedbackDialog.tsx';
import type { FormContext, FormController } from './formContext.ts';

let stylesAdded = false;

/** Entry of the lazily loaded chunk: draws the dialog into the widget's shadow root. */
export function openForm(ctx: FormContext): FormController {
  if (!stylesAdded) {
    ctx.addStyles(css);
    stylesAdded = true;
  }
  const container = document.createElement('div');
  ctx.root.appendChild(container);
  const close = () => {
    render(null, container);
    container.remove();
    ctx.onClosed();
  };
  render(<FeedbackDialog ctx={ctx} onClose={close} />, container);
  return { close };
}
