import type { ChunkContext } from './chunkContext.ts';
import { loadSiteConfig } from './config/loadSiteConfig.ts';
import type { FormStrings } from './i18n/formStrings/formStrings.ts';
import { laidOutRightToLeft } from './i18n/language.ts';
import { LOAD_FAILED } from './i18n/loadFailed.ts';
import { launchJourneys } from './journeys/launchJourneys.ts';
import type { Launch } from './launcher/launch.ts';
import { visitId } from './page/visitId.ts';
import { launchSurveys } from './surveys/launchSurveys.ts';
import { deliver, flushOutbox } from './transport/deliver.ts';
import { newId } from './transport/newId.ts';
import type { FormController } from './feedback/formContext.ts';
import { scriptAppearance } from './ui/scriptAppearance.ts';
import { PENDING_IDENTIFY_KEY } from './visitor/attributes.ts';
import { noteVisitor } from './visitor/noteVisitor.ts';

/** What tp.js passes the page's `touchpoint(...)` calls to once the core is here, and what it asks on the shopper's first reach for the tab. */
export interface Widget {
  command(args: unknown[]): void;
  /** Starts loading the feedback form before the click. */
  preload(): void;
}

/**
 * Entry of the core chunk, which tp.js loads after the page's `load`: sends
 * what earlier pages could not, fetches the site config, notes the visitor,
 * follows journeys and surveys where there are any, opens the feedback form,
 * and answers the page's calls, those made before it arrived first.
 */
export function startWidget({ config, host, tab, lang, widgetLang, queued, appear }: Launch): Widget {
  const { api } = config;
  // tp.js went by what the page writes; now its style is done, how it is laid out.
  if (laidOutRightToLeft()) host.element.dir = 'rtl';
  const ctx: ChunkContext = {
    api,
    site: config.site,
    visitId: visitId(),
    lang: lang || undefined,
    widgetLang,
    root: host.root,
    addStyles: host.addStyles,
    send: (payload) => deliver(api, payload),
    newId,
  };
  /** The tab shows again when the form closes or could not be opened. */
  const collapse = () => tab.setAttribute('aria-expanded', 'false');
  // The feedback form's words, a chunk per language beside this one, all three named with one hash (widget/build.ts).
  const loadForm = () =>
    Promise.all([
      import('./feedback/entry.ts'),
      import(/* @vite-ignore */ `./formStrings-${widgetLang}-${__TP_WORDS__.formStrings}.js`).then((m: { default: FormStrings }) => m.default),
    ]);
  let form: FormController | undefined;

  const open = async () => {
    if (form || host.root.querySelector('[role=dialog]')) return;
    tab.setAttribute('aria-expanded', 'true');
    try {
      const [{ openForm }, strings] = await loadForm();
      form = openForm({
        ...ctx,
        strings,
        onClosed: () => {
          form = undefined;
          collapse();
          tab.focus();
        },
      });
    } catch {
      collapse();
      tab.title = LOAD_FAILED[widgetLang];
    }
  };

  // Anything a previous page could not deliver goes out now.
  void flushOutbox(api, { freshPageView: true });
  addEventListener('online', () => void flushOutbox(api, { freshPageView: true }));

  const siteConfig = loadSiteConfig(api, config.site);
  // The site config's appearance, under what the script tag says.
  void siteConfig.then((site) => {
    if (site?.appearance) appear(site.appearance);
    appear(scriptAppearance(config));
  });
  const identify = noteVisitor();
  try {
    // What the previous page identified before its core had come (main.ts), first; its other calls were for that page.
    queued.unshift(...(JSON.parse(sessionStorage.getItem(PENDING_IDENTIFY_KEY) || '[]') as unknown[][]).filter((args) => args[0] === 'identify'));
    sessionStorage.removeItem(PENDING_IDENTIFY_KEY);
  } catch {}
  const surveys = launchSurveys(ctx, siteConfig);
  const journeys = launchJourneys(ctx, siteConfig, surveys.journeyCompleted);

  const command = ([name, ...rest]: unknown[]) => {
    if (name === 'open') void open();
    else if (name === 'close') form?.close();
    else if (name === 'remove') {
      form?.close();
      journeys.stop();
      surveys.stop();
      host.element.remove();
    } else if (name === 'step' || name === 'complete') journeys.command(name, rest[0]);
    else {
      // track and identify; anything else is ignored there: a typo in a page must not break it.
      if (name === 'identify') identify(rest[0]);
      surveys.command(name, rest);
    }
  };
  for (const args of queued.splice(0)) command(args);
  return { command, preload: () => void loadForm().catch(() => {}) };
}
