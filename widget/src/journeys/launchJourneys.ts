import { loadSiteConfig } from '../config/loadSiteConfig.ts';
import type { WidgetConfig } from '../config/readScriptConfig.ts';
import { visitId } from '../page/visitId.ts';
import { deliver } from '../transport/deliver.ts';
import { newId } from '../transport/newId.ts';
import { loadChunk } from '../ui/loadChunk.ts';
import type { Host } from '../ui/mountHost.ts';
import { STRINGS } from '../ui/strings.ts';
import type { startJourneys } from './index.ts';
import type { JourneyTracker } from './journeyContext.ts';
import { JOURNEY_STATE_KEY } from './stateKey.ts';

export type JourneyCommand = 'step' | 'complete';

/**
 * Part of tp.js. Journey tracking is a chunk of its own, loaded only where it
 * has work: the site config declares journeys, the page has journey markup or
 * calls `touchpoint('step' | 'complete')`, or the visit is already in a journey.
 */
export function launchJourneys(config: WidgetConfig, host: Host) {
  // Journey events are counted per visit; without sessionStorage there is none to track.
  const visit = visitId();
  const siteConfig = loadSiteConfig(config.api, config.site);
  let tracker: Promise<JourneyTracker> | undefined;

  const start = () =>
    (tracker ??= siteConfig.then(async (site) => {
      const chunk = await loadChunk<{ startJourneys: typeof startJourneys }>(config.scriptBase, __TP_JOURNEYS_CHUNK__);
      return chunk.startJourneys({
        api: config.api,
        site: config.site,
        visitId: visit!,
        lang: (config.lang ?? document.documentElement.lang) || undefined,
        journeys: Array.isArray(site?.journeys) ? site.journeys : [],
        root: host.root,
        addStyles: host.addStyles,
        strings: STRINGS,
        send: (payload) => deliver(config.api, payload),
        newId,
        loadAbandon: () => loadChunk(config.scriptBase, __TP_ABANDON_CHUNK__),
      });
    })).catch((error) => {
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
