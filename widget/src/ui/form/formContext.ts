import type { SendResult } from '../../transport/postResponse.ts';
import type { DialogHost } from '../dialog/dialogHost.ts';
import type { Strings } from '../strings.ts';

/** What the launcher hands the lazily loaded form: where to draw and how to send. */
export interface FormContext extends DialogHost {
  strings: Strings;
  submitRating(rating: number, comment: string): Promise<SendResult>;
}

export type { DialogController as FormController } from '../dialog/dialogHost.ts';
