import type { ChunkContext } from '../chunkContext.ts';
import type { FormStrings } from '../i18n/formStrings/formStrings.ts';
import type { DialogHost } from '../ui/dialog/dialogHost.ts';

/** What the launcher hands the lazily loaded feedback form: the site, where to draw, how to send, the words. */
export interface FormContext extends ChunkContext, DialogHost {
  strings: FormStrings;
}

export type { DialogController as FormController } from '../ui/dialog/dialogHost.ts';
