import type { Appearance } from '../ui/appearance.ts';

/** What the site owner set on the `<script data-*>` tag. */
export interface WidgetConfig extends Appearance {
  site: string;
  /** Collector origin: data-api, else where tp.js was loaded from. */
  api: string;
  /** Where tp.js was loaded from, to find the lazily loaded chunks. */
  scriptBase: string;
  lang?: string;
  nonce?: string;
}

export function readScriptConfig(script: HTMLScriptElement): WidgetConfig | undefined {
  const data = script.dataset;
  if (!data.site || !script.src) return undefined;
  const src = new URL(script.src, location.href);
  return {
    site: data.site,
    api: (data.api ?? src.origin).replace(/\/+$/, ''),
    scriptBase: new URL('.', src).href,
    lang: data.lang,
    nonce: data.nonce || script.nonce || undefined,
    // Left undefined when not given, so the site config's appearance can apply;
    // an unknown theme or position matches no style (the defaults show) until
    // the core chunk drops it (ui/scriptAppearance.ts).
    color: data.color,
    theme: data.theme as Appearance['theme'],
    position: data.position as Appearance['position'],
  };
}

/** The tp.js script tag; `currentScript` is set while an async script first runs. */
export function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.dataset.site) return current;
  return document.querySelector<HTMLScriptElement>('script[data-site][src*="tp.js"]');
}
