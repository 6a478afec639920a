import type { SendResult } from '../../transport/postResponse.ts';
import type { Strings } from '../strings.ts';

/** What the launcher hands the lazily loaded form: where to draw and how to send. */
export interface FormContext {
  root: ShadowRoot;
  addStyles(css: string): void;
  strings: Strings;
  submitRating(rating: number, comment: string): Promise<SendResult>;
  /** Called after the dialog closed, to put focus back on the tab. */
  onClosed(): void;
}

export interface FormController {
  close(): void;
}
