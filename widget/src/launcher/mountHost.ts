import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';
import type { WidgetConfig } from '../config/readScriptConfig.ts';
import { applyAppearance } from '../ui/appearance.ts';

export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  addStyles(css: string): void;
}

/**
 * The widget's own element with an open shadow root: the host page's CSS can't
 * reach in and ours can't leak out. Styles go in as constructable stylesheets
 * (allowed under a strict CSP), or a `<style nonce>` on older browsers. The
 * host carries the language of the widget's words, and `dir="rtl"` on
 * right-to-left pages so the dialogs mirror.
 */
export function mountHost(config: WidgetConfig, lang: WidgetLanguage, rtl: boolean): Host {
  const element = document.createElement('touchpoint-widget');
  element.lang = lang;
  if (rtl) element.dir = 'rtl';
  applyAppearance(element, config);
  const root = element.attachShadow({ mode: 'open' });
  document.body.appendChild(element);
  return {
    element,
    root,
    addStyles(css) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch {
        // No constructable stylesheets (Safari before 16.4): the constructor throws.
        const style = document.createElement('style');
        if (config.nonce) style.nonce = config.nonce;
        style.textContent = css;
        root.appendChild(style);
      }
    },
  };
}
