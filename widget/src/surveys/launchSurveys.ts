import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';
import type { ChunkContext } from '../chunkContext.ts';
import type { SurveyCall, SurveyRuntime } from './surveyContext.ts';

/**
 * Part of the core chunk. The surveys chunk is loaded only on sites with live surveys;
 * calls that come before it (`track`, `identify`, a journey completing) wait
 * for it, and are dropped once the config says there are none.
 */
export function launchSurveys(ctx: ChunkContext, siteConfig: Promise<SiteConfig | undefined>) {
  /** undefined: not known yet; null: no surveys here, or removed. */
  let runtime: SurveyRuntime | null | undefined;
  const earlier: SurveyCall[] = [];
  const call = (fn: SurveyCall) => (runtime ? fn(runtime) : runtime === undefined && earlier.push(fn));

  siteConfig
    .then(async (site) => {
      const surveys = site?.surveys;
      if (!surveys?.surveys?.length) return (runtime = null);
      const chunk = await import('./entry.ts');
      if (runtime === undefined) {
        runtime = chunk.startSurveys({ ...ctx, surveys }, earlier);
      }
    })
    .catch((error) => {
      runtime = null;
      console.warn('[touchpoint]', error);
    });

  return {
    command: (name: unknown, args: unknown[]) => call((r) => r.command(name, args)),
    journeyCompleted: (journey: string) => call((r) => r.journeyCompleted(journey)),
    stop() {
      runtime?.stop();
      runtime = null;
    },
  };
}
