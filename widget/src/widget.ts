import type { ChunkContext } from './chunkContext.ts';
import { loadSiteConfig } from './config/loadSiteConfig.ts';
import type { WidgetConfig } from './config/readScriptConfig.ts';
import { declaredLanguage, isRightToLeft, widgetLanguage } from './i18n/language.ts';
import type { FormStrings } from './i18n/formStrings/formStrings.ts';
import { TAB_STRINGS } from './i18n/tabStrings.ts';
import { launchJourneys, type JourneyCommand } from './journeys/launchJourneys.ts';
import { visitId } from './page/visitId.ts';
import { launchSurveys } from './surveys/launchSurveys.ts';
import { deliver, flushOutbox } from './transport/deliver.ts';
import { newId } from './transport/newId.ts';
import type { openForm } from './feedback/entry.ts';
import type { FormController } from './feedback/formContext.ts';
import { launcherTab } from './ui/launcherTab.ts';
import { loadChunk } from './ui/loadChunk.ts';
import { applyAppearance } from './ui/appearance.ts';
import { mountHost } from './ui/mountHost.ts';
import themeCss from './ui/theme.css?inline';
import { noteVisitor } from './visitor/noteVisitor.ts';

export interface Widget {
  open(): Promise<void>;
  close(): void;
  remove(): void;
  /** `touchpoint('step' | 'complete', options)`. */
  journey(command: JourneyCommand, options: unknown): void;
  /** `touchpoint('track', name, properties)`, `touchpoint('identify', attributes)`. */
  survey(command: unknown, args: unknown[]): void;
}

/** Puts the tab on the page, follows journeys and surveys where there are any, and sends what the shopper answers. */
export function startWidget(config: WidgetConfig): Widget {
  const { api, scriptBase } = config;
  const lang = declaredLanguage(config.lang);
  const widgetLang = widgetLanguage(lang || navigator.language);
  const [tabText, loadFailed] = TAB_STRINGS[widgetLang];
  const host = mountHost(config, widgetLang, isRightToLeft(lang));
  host.addStyles(themeCss);
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
    loadStrings: () => loadChunk<{ default: FormStrings }>(scriptBase, __TP_STRINGS_CHUNKS__[widgetLang]).then((m) => m.default),
  };
  const loadForm = () => Promise.all([loadChunk<{ openForm: typeof openForm }>(scriptBase, __TP_FORM_CHUNK__), ctx.loadStrings()]);
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
          tab.setAttribute('aria-expanded', 'false');
          tab.focus();
        },
      });
    } catch {
      tab.setAttribute('aria-expanded', 'false');
      tab.title = loadFailed;
    }
  };
  const tab = launcherTab(host, tabText, () => void open(), () => void loadForm().catch(() => {}));

  // Anything a previous page could not deliver goes out now.
  void flushOutbox(api, { freshPageView: true });
  addEventListener('online', () => void flushOutbox(api, { freshPageView: true }));

  const siteConfig = loadSiteConfig(api, config.site);
  // The site config's appearance, under what the script tag says.
  void siteConfig.then((site) => {
    if (site?.appearance) applyAppearance(host.element, site.appearance);
    applyAppearance(host.element, config);
  });
  const identify = noteVisitor();
  const surveys = launchSurveys(ctx, scriptBase, siteConfig);
  const journeys = launchJourneys(ctx, scriptBase, siteConfig, surveys.journeyCompleted);

  return {
    open,
    close: () => form?.close(),
    remove: () => {
      form?.close();
      journeys.stop();
      surveys.stop();
      host.element.remove();
    },
    journey: journeys.command,
    survey(command, args) {
      if (command === 'identify') identify(args[0]);
      surveys.command(command, args);
    },
  };
}
