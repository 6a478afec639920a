import type { PublicSurveys } from '../../../shared/schemas/survey.ts';
import type { ChunkContext } from '../chunkContext.ts';
import type { SurveyWords } from '../i18n/strings/surveyWords.ts';
import type { openSurvey } from './dialog/entry.ts';

/** What tp.js hands the surveys chunk. */
export interface SurveyLaunch extends ChunkContext {
  /** The site config's live surveys and cooldown. */
  surveys: PublicSurveys;
}

/** What the surveys runtime works with: the launch, and how to get what a survey shows (the dialog, in the same chunk; the words, a chunk per language). */
export interface SurveyContext extends SurveyLaunch {
  loadDialog(): Promise<{ openSurvey: typeof openSurvey }>;
  /** The survey words of `widgetLang`. */
  loadWords(): Promise<SurveyWords>;
}

/** What the page (and the journeys chunk) tell the surveys chunk. */
export interface SurveyRuntime {
  /** `touchpoint('track', name, properties)` and `touchpoint('identify', attributes)`; anything else is ignored. */
  command(name: unknown, args: unknown[]): void;
  /** The journeys chunk saw a journey complete on this page. */
  journeyCompleted(journey: string): void;
  /** `touchpoint('remove')`: every listener, timer and History wrapper goes. */
  stop(): void;
}

/** A call made before the chunk arrived, replayed in order once it has. */
export type SurveyCall = (runtime: SurveyRuntime) => void;
