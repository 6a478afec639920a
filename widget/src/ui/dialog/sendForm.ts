import type { FormStrings } from '../../i18n/formStrings/formStrings.ts';
import type { SendResult } from '../../transport/postResponse.ts';
import { showThanks } from './thanksPanel.ts';

/** The words sending needs, which every form's table has. */
export type SendWords = Pick<FormStrings, 'close' | 'send' | 'sending' | 'thanks' | 'queued' | 'failed'>;

export interface SendFormOptions {
  form: HTMLElement;
  button: HTMLButtonElement;
  strings: SendWords;
  /** The thank-you's line when the answer is in. */
  thanks: string;
  send(): Promise<SendResult>;
  close(): void;
  onError(message: string): void;
}

/**
 * Sends what a dialog's form holds: its button says "Sending…" meanwhile; then
 * the thank-you replaces the form (saying the answer waits when it is only
 * queued), or the error shows and the shopper may try again.
 */
export async function sendForm({ form, button, strings: s, thanks, send, close, onError }: SendFormOptions): Promise<void> {
  if (button.disabled) return;
  button.disabled = true;
  button.textContent = s.sending;
  const result = await send();
  if (result.ok || result.retry) return showThanks(form, s, result.ok ? thanks : s.queued, close);
  button.disabled = false;
  button.textContent = s.send;
  onError(`${s.failed} (${result.message})`);
}
