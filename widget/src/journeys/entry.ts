import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';
import type { AbandonStrings } from '../i18n/abandonStrings/abandonStrings.ts';
import { openAbandon } from './abandon/entry.ts';
import { startJourneys as track } from './trackJourneys.ts';
import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';
import type { ChunkContext } from '../chunkContext.ts';
import type { JourneyTracker } from './journeyContext.ts';

// The words of "What stopped you?", a chunk per language, fetched only when it is asked.
const WORDS: Record<WidgetLanguage, () => Promise<{ default: AbandonStrings }>> = {
  en: () => import('../i18n/abandonStrings/en.ts'),
  'zh-CN': () => import('../i18n/abandonStrings/zh-CN.ts'),
  'zh-TW': () => import('../i18n/abandonStrings/zh-TW.ts'),
};

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
    loadWords: () => WORDS[ctx.widgetLang]().then((m) => m.default),
  });
}
