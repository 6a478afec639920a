import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';
import type { ChunkContext } from '../chunkContext.ts';
import type { JourneyTracker } from './journeyContext.ts';
import { JOURNEY_STATE_KEY } from './stateKey.ts';

export type JourneyCommand = 'step' | 'complete';

/**
 * Part of the core chunk. Journey tracking is a chunk of its own, loaded only where it
 * has work: the site config declares journeys, the page has journey markup or
 * calls `touchpoint('step' | 'complete')`, or the visit is already in a journey.
 */
export function launchJourneys(
  ctx: ChunkContext,
  siteConfig: Promise<SiteConfig | undefined>,
  completed: (journey: string) => void,
) {
  // Journey events are counted per visit; without sessionStorage there is none to track.
  const visit = ctx.visitId;
  let tracker: Promise<JourneyTracker> | undefined;

  const start = () =>
    (tracker ??= siteConfig.then(async (site) => (await import('./entry.ts')).startJourneys(ctx, site, completed))).catch((error) => {
      tracker = undefined;
      throw error;
    });
  const quietly = (work: () => Promise<unknown>) => void work().catch((error) => console.warn('[touchpoint]', error));

  if (visit) {
    quietly(async () => {
      const site = await siteConfig;
      if (document.readyState === 'loading') await new Promise((done) => addEventListener('DOMContentLoaded', done, { once: true }));
      if (site?.journeys?.length || document.querySelector('[data-touchpoint-journey]') || sessionStorage.getItem(JOURNEY_STATE_KEY)) {
        await start();
      }
    });
  }

  return {
    command(name: JourneyCommand, options: unknown) {
      if (visit) quietly(async () => (await start())[name](options));
    },
    stop() {
      tracker?.then((t) => t.stop(), () => {});
    },
  };
}
