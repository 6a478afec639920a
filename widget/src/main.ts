import { findOwnScript, readScriptConfig } from './config/readScriptConfig.ts';
import { widgetLanguage } from '../../shared/widgetLanguage.ts';
import { declaredLanguage, writtenRightToLeft } from './i18n/language.ts';
import type { Launch } from './launcher/launch.ts';
import { launcherTab } from './launcher/launcherTab.ts';
import { mountHost } from './launcher/mountHost.ts';
import { TAB_LABELS } from './launcher/tabStrings.ts';
import themeCss from './launcher/theme.css?inline';
import { afterLoadWhenIdle } from './launcher/whenIdle.ts';
import { applyAppearance } from './ui/appearance.ts';
import { PENDING_IDENTIFY_KEY } from './visitor/attributes.ts';
import type { startWidget, Widget } from './widget.ts';

type QueueStub = ((...args: unknown[]) => void) & { q?: ArrayLike<ArrayLike<unknown>> };

/** Nothing here may throw into the host page. */
const quietly = (work: () => void) => {
  try {
    work();
  } catch (error) {
    console.warn('[touchpoint]', error);
  }
};

// tp.js, on every page of every site. Before the page's `load` it only reads the
// script tag, takes over the queue stub and registers listeners: the page's own
// loading pays for nothing else (an async script holds `load` until it has run).
// Once the page has loaded and the main thread is idle it draws the tab and
// starts fetching everything else (site config, outbox, visitor marker,
// journeys, surveys, forms): the core chunk, which runs in a task of its own
// when it arrives. A page that calls `open` gets the tab and the core at once.
quietly(() => {
  const script = findOwnScript();
  const config = script && readScriptConfig(script);
  const w = window as any;
  if (!config || w.__touchpointStarted) return;
  w.__touchpointStarted = true;

  const queued = Array.from((w.touchpoint as QueueStub | undefined)?.q ?? [], (args) => Array.from(args));
  let widget: Widget | undefined;
  let core: Promise<Widget> | undefined;
  let launch: Launch | undefined;
  const load = () =>
    (launch ??= document.body ? draw() : undefined) &&
    (core ??= (import(/* @vite-ignore */ config.scriptBase + __TP_CORE_CHUNK__) as Promise<{ startWidget: typeof startWidget }>).then(
      (chunk) => (widget = chunk.startWidget(launch!)),
      (error) => {
        // The next reach for the tab tries again.
        core = undefined;
        launch!.tab.setAttribute('aria-expanded', 'false');
        throw error;
      },
    )).catch((error) => console.warn('[touchpoint]', error));
  const run = (args: unknown[]) => {
    if (widget) return widget.command(args);
    queued.push(args);
    if (args[0] === 'open') void load();
  };
  w.touchpoint = (...args: unknown[]) => quietly(() => run(args));
  // The core comes after load and idle: a page left before then would lose what
  // it identified, so the visit keeps the calls for the core of the next page,
  // which takes only `identify` from them (once the core has run, the queue is
  // empty and this keeps nothing).
  addEventListener('pagehide', () =>
    quietly(() => sessionStorage.setItem(PENDING_IDENTIFY_KEY, JSON.stringify(queued))),
  );

  const draw = (): Launch => {
    const lang = declaredLanguage(config.lang);
    const widgetLang = widgetLanguage(lang || navigator.language);
    const host = mountHost(config, widgetLang, writtenRightToLeft(lang));
    host.addStyles(themeCss);
    const tab = launcherTab(host, TAB_LABELS[widgetLang], () => run(['open']), () => void load()?.then((started) => started?.preload()));
    return {
      config, host, tab, lang, widgetLang, queued,
      appear: (appearance) => applyAppearance(host.element, appearance),
    };
  };
  const start = () => quietly(() => void load());
  if (queued.some((args) => args[0] === 'open')) document.body ? start() : addEventListener('DOMContentLoaded', start);
  afterLoadWhenIdle(start);
});
