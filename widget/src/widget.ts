import type { WidgetConfig } from './config/readScriptConfig.ts';
import { launchJourneys, type JourneyCommand } from './journeys/launchJourneys.ts';
import { pagePath } from './page/pagePath.ts';
import { visitId } from './page/visitId.ts';
import { deliver, flushOutbox } from './transport/deliver.ts';
import { newId } from './transport/newId.ts';
import type { openForm } from './ui/form/index.tsx';
import type { FormController } from './ui/form/formContext.ts';
import { launcherTab } from './ui/launcherTab.ts';
import { loadChunk } from './ui/loadChunk.ts';
import { mountHost } from './ui/mountHost.ts';
import { STRINGS } from './ui/strings.ts';
import themeCss from './ui/theme.css?inline';

export interface Widget {
  open(): Promise<void>;
  close(): void;
  remove(): void;
  /** `touchpoint('step' | 'complete', options)`. */
  journey(command: JourneyCommand, options: unknown): void;
}

const loadForm = (scriptBase: string) => loadChunk<{ openForm: typeof openForm }>(scriptBase, __TP_FORM_CHUNK__);

/** Puts the tab on the page, follows journeys where there are any, and sends what the shopper answers. */
export function startWidget(config: WidgetConfig): Widget {
  const host = mountHost(config);
  host.addStyles(themeCss);
  let form: FormController | undefined;

  const preload = () => void loadForm(config.scriptBase).catch(() => {});
  const open = async () => {
    if (form) return;
    tab.setAttribute('aria-expanded', 'true');
    try {
      const { openForm } = await loadForm(config.scriptBase);
      form = openForm({
        root: host.root,
        addStyles: host.addStyles,
        strings: STRINGS,
        submitRating: (rating, comment) =>
          deliver(config.api, {
            type: 'page_rating',
            id: newId(),
            site: config.site,
            rating,
            comment: comment.trim() || undefined,
            path: pagePath(),
            title: document.title.slice(0, 300) || undefined,
            lang: (config.lang ?? document.documentElement.lang) || undefined,
            visitId: visitId(),
          }),
        onClosed: () => {
          form = undefined;
          tab.setAttribute('aria-expanded', 'false');
          tab.focus();
        },
      });
    } catch {
      tab.setAttribute('aria-expanded', 'false');
      tab.title = STRINGS.loadFailed;
    }
  };
  const tab = launcherTab(host, () => void open(), preload);

  // Anything a previous page could not deliver goes out now.
  void flushOutbox(config.api, { freshPageView: true });
  addEventListener('online', () => void flushOutbox(config.api, { freshPageView: true }));

  const journeys = launchJourneys(config, host);

  return {
    open,
    close: () => form?.close(),
    remove: () => {
      form?.close();
      journeys.stop();
      host.element.remove();
    },
    journey: journeys.command,
  };
}
