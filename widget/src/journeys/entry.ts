import { startJourneys as track } from './trackJourneys.ts';
import type { JourneyLaunch, JourneyTracker } from './journeyContext.ts';

/** Entry of the journeys chunk: journey tracking, with the "What stopped you?" chunk it imports when it may ask. */
export function startJourneys(ctx: JourneyLaunch): JourneyTracker {
  return track({ ...ctx, loadAbandon: () => import('./abandon/entry.ts') });
}
