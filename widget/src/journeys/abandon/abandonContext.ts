import type { SendResult } from '../../transport/postResponse.ts';
import type { DialogHost } from '../../ui/dialog/dialogHost.ts';
import type { AbandonStrings } from '../../i18n/abandonStrings/abandonStrings.ts';

/** A reason offered to "What stopped you?": only what the dialog shows and sends. */
export interface ReasonChoice {
  code: string;
  label: string;
  /** The site's own label per language tag. */
  labels?: Record<string, string>;
}

export interface AbandonAnswer {
  /** A reason code of the journey, or 'other'. */
  reason: string;
  otherText?: string;
  comment?: string;
}

/** What the journeys chunk hands the "What stopped you?" dialog. */
export interface AbandonContext extends DialogHost {
  strings: AbandonStrings;
  reasons: ReasonChoice[];
  submit(answer: AbandonAnswer): Promise<SendResult>;
  /** "No thanks", Esc or the close button, before any answer. */
  onDecline(): void;
}
