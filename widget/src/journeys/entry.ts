import type { AbandonStrings } from '../i18n/abandonStrings/abandonStrings.ts';
import { openAbandon } from './abandon/entry.ts';
import { startJourneys as track } from './trackJourneys.ts';
import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';
import type { ChunkContext } from '../chunkContext.ts';
import type { JourneyTracker } from './journeyContext.ts';

/**
 * Entry of the journeys chunk: journey tracking and the "What stopped you?"
 * dialog, one file (a chunk of its own would cost its path another gzip
 * stream). The launcher only starts it where a visit is tracked (`visitId`);
 * the site's journeys are empty when the config could not be had.
 */
export function startJourneys(ctx: ChunkContext, site: SiteConfig | undefined, completed: (journey: string) => void): JourneyTracker {
  return track({
    ...ctx,
    visitId: ctx.visitId!,
    journeys: Array.isArray(site?.journeys) ? site.journeys : [],
    completed,
    loadAbandon: async () => ({ openAbandon }),
    // The words of "What stopped you?", fetched only when it is asked: a chunk
    // per language beside this one, all three named with one hash (widget/build.ts).
    loadWords: () =>
      import(/* @vite-ignore */ `./abandonStrings-${ctx.widgetLang}-${__TP_WORDS__.abandonStrings}.js`).then((m: { default: AbandonStrings }) => m.default),
  });
}
