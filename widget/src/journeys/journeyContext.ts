import type { Journey } from '../../../shared/schemas/journey.ts';
import type { ResponseInput } from '../../../shared/schemas/response.ts';
import type { SendResult } from '../transport/postResponse.ts';
import type { openAbandon } from '../ui/abandon/index.ts';
import type { Strings } from '../ui/strings.ts';

/** What tp.js hands the journeys chunk: the site, its journeys, where to draw, how to send. */
export interface JourneyContext {
  api: string;
  site: string;
  /** Journey events are counted per visit, so there is always one. */
  visitId: string;
  lang?: string;
  /** The site config's journeys; empty when it could not be fetched. */
  journeys: Journey[];
  root: ShadowRoot;
  addStyles(css: string): void;
  strings: Strings;
  /** Through the outbox (`deliver`), so it survives a failure. */
  send(payload: ResponseInput): Promise<SendResult>;
  newId(): string;
  /** The "What stopped you?" chunk, loaded once when first needed. */
  loadAbandon(): Promise<{ openAbandon: typeof openAbandon }>;
}

/** What the page tells the journeys chunk: `touchpoint('step' | 'complete', options)`. */
export interface JourneyTracker {
  step(options: unknown): void;
  complete(options: unknown): void;
  /** `touchpoint('remove')`: every listener and timer goes. */
  stop(): void;
}
