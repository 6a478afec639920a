import type { FormStrings } from '../../i18n/formStrings/formStrings.ts';
import type { SendResult } from '../../transport/postResponse.ts';
import { showThanks } from './thanksPanel.ts';

/**
 * Sends what a dialog's form holds: its button says "Sending…" meanwhile; then
 * the thank-you replaces the form (saying the answer waits when it is only
 * queued), or the error shows and the shopper may try again.
 */
export async function sendForm(
  form: HTMLElement,
  button: HTMLButtonElement,
  s: FormStrings,
  thanksBody: string,
  send: () => Promise<SendResult>,
  close: () => void,
  setError: (message: string) => void,
): Promise<void> {
  if (button.disabled) return;
  button.disabled = true;
  button.textContent = s.sending;
  const result = await send();
  if (result.ok || result.retry) return showThanks(form, s, result.ok ? thanksBody : s.queued, close);
  button.disabled = false;
  button.textContent = s.send;
  setError(`${s.failed} (${result.message})`);
}
