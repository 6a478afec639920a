import { foldText } from './foldedText.ts';

/** An e-mail address in a folded text (privacy/foldedText.ts); global, for replacing. */
export const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

/** Whether a text holds an e-mail address, however it is written (full-width, escaped, with invisible characters). */
export function containsEmailAddress(text: string): boolean {
  return foldText(text).folded.search(EMAIL_ADDRESS) >= 0;
}
