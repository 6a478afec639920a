import type { Journey } from '../../../shared/schemas/journey.ts';
import type { ChunkContext } from '../chunkContext.ts';
import type { AbandonStrings } from '../i18n/abandonStrings/abandonStrings.ts';
import type { openAbandon } from './abandon/entry.ts';

/** What the journeys chunk's entry starts tracking with: the site's journeys, and where to report. */
export interface JourneyLaunch extends ChunkContext {
  /** Journey events are counted per visit, so there is always one. */
  visitId: string;
  /** The site config's journeys; empty when it could not be fetched. */
  journeys: Journey[];
  /** A journey completed on this page: a survey may be waiting for it. */
  completed(journey: string): void;
}

/** What journey tracking works with: the launch, the "What stopped you?" dialog (in the same chunk; a seam for tests) and its words, loaded once when first needed. */
export interface JourneyContext extends JourneyLaunch {
  loadAbandon(): Promise<{ openAbandon: typeof openAbandon }>;
  /** The words of `widgetLang`, a chunk of their own. */
  loadWords(): Promise<AbandonStrings>;
}

/** What the page tells the journeys chunk: `touchpoint('step' | 'complete', options)`. */
export interface JourneyTracker {
  step(options: unknown): void;
  complete(options: unknown): void;
  /** `touchpoint('remove')`: every listener and timer goes. */
  stop(): void;
}
