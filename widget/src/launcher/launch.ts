import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';
import type { WidgetConfig } from '../config/readScriptConfig.ts';
import type { Appearance } from '../ui/appearance.ts';
import type { Host } from './mountHost.ts';

/** What tp.js hands the core chunk once the page has loaded: what it drew, and what the page asked meanwhile. */
export interface Launch {
  config: WidgetConfig;
  host: Host;
  tab: HTMLButtonElement;
  /** The page's language as written (data-lang, else <html lang>); '' when it does not say. */
  lang: string;
  widgetLang: WidgetLanguage;
  /** `touchpoint(...)` calls made before the core arrived, oldest first; the core replays them. */
  queued: unknown[][];
  /** Puts an appearance on the host; what it leaves undefined stays. */
  appear(appearance: Appearance): void;
}
