import type { WidgetConfig } from '../config/readScriptConfig.ts';

export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  addStyles(css: string): void;
}

/**
 * The widget's own element with an open shadow root: the host page's CSS can't
 * reach in and ours can't leak out. Styles go in as constructable stylesheets
 * (allowed under a strict CSP), or a `<style nonce>` on older browsers.
 */
export function mountHost(config: WidgetConfig): Host {
  const element = document.createElement('touchpoint-widget');
  if (config.theme && config.theme !== 'auto') element.dataset.theme = config.theme;
  if (config.position) element.dataset.position = config.position;
  if (config.color) element.style.setProperty('--tp-accent', config.color);
  const root = element.attachShadow({ mode: 'open' });
  document.body.appendChild(element);
  return {
    element,
    root,
    addStyles(css) {
      if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } else {
        const style = document.createElement('style');
        if (config.nonce) style.nonce = config.nonce;
        style.textContent = css;
        root.appendChild(style);
      }
    },
  };
}
