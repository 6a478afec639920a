import { createHash } from 'node:crypto';
import type { Appearance } from '../../../shared/schemas/appearance.ts';
import type { HostedPageData } from '../../../shared/schemas/hostedSurvey.ts';
import { rightToLeftLanguage } from '../../../shared/widgetLanguage.ts';
import { HOSTED_PAGE_WORDS, type LinkProblem } from './hostedPageWords.ts';

// The page around the survey: the site's name over a bar of its colour, light
// or dark as the site or the browser says. The survey itself is the widget's
// (the `hosted` chunk draws it in a shadow root with the widget's styles).
const PAGE_CSS = `
:root { --bg: #f4f5f8; --fg: #1c1f26; --muted: #545b69; --panel: #ffffff; --border: #c9ced8; color-scheme: light; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) { --bg: #12141a; --fg: #eef0f4; --muted: #b4bac6; --panel: #1c1f26; --border: #4a505c; color-scheme: dark; }
}
:root[data-theme='dark'] { --bg: #12141a; --fg: #eef0f4; --muted: #b4bac6; --panel: #1c1f26; --border: #4a505c; color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif; }
header { border-top: 6px solid var(--accent); background: var(--panel); border-bottom: 1px solid var(--border); }
header h1 { max-width: 40rem; margin: 0 auto; padding: 14px 20px; font-size: 18px; font-weight: 650; overflow-wrap: anywhere; }
main { max-width: 40rem; margin: 24px auto; padding: 0 12px; }
.problem { padding: 24px 20px; background: var(--panel); border: 1px solid var(--border); border-radius: 12px; }
.problem h2 { margin: 0 0 8px; font-size: 20px; }
.problem p, noscript p { margin: 0; color: var(--muted); }
@media (max-width: 480px) { main { margin: 12px auto; padding: 0 8px; } }
`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The policy of every hosted page: scripts only from the collector, the one style block by its hash, nothing framed. */
function policy(css: string): string {
  const hash = createHash('sha256').update(css).digest('base64');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${hash}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface HostedHtml {
  html: string;
  /** The Content-Security-Policy the page must be served with. */
  csp: string;
}

interface Frame {
  lang: string;
  siteName: string;
  appearance: Appearance;
  head?: string;
  body: string;
}

function frame({ lang, siteName, appearance, head = '', body }: Frame): HostedHtml {
  // The accent is the site's checked #rrggbb or the widget's default: no way out of the declaration.
  const css = `:root { --accent: ${appearance.color ?? '#3b4cca'}; }${PAGE_CSS}`;
  const theme = appearance.theme && appearance.theme !== 'auto' ? ` data-theme="${appearance.theme}"` : '';
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${rightToLeftLanguage(lang) ? 'rtl' : 'ltr'}"${theme}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(siteName)}</title>
<style>${css}</style>${head}
</head>
<body>
<header><h1>${escapeHtml(siteName)}</h1></header>
<main id="tp-main">${body}</main>
</body>
</html>`;
  return { html, csp: policy(css) };
}

/** JSON inside a data block: `<` escaped, so no text in it can close the element. */
const dataBlock = (data: HostedPageData) => JSON.stringify(data).replace(/</g, '\\u003c');

/** A live survey's page: its data for the `hosted` chunk, which draws the questions. */
export function hostedPageHtml(siteName: string, script: string, data: HostedPageData): HostedHtml {
  return frame({
    lang: data.lang,
    siteName,
    appearance: data.appearance,
    head: `\n<script type="module" src="/${escapeHtml(script)}"></script>`,
    body: `<noscript><p>${escapeHtml(HOSTED_PAGE_WORDS[data.widgetLang].noScript)}</p></noscript>
<script type="application/json" id="tp-survey-data">${dataBlock(data)}</script>`,
  });
}

/** A page that says in plain words why there is no survey to answer. */
export function problemPageHtml(widgetLang: keyof typeof HOSTED_PAGE_WORDS, problem: LinkProblem, siteName = 'Touchpoint', appearance: Appearance = {}): HostedHtml {
  const { title, body } = HOSTED_PAGE_WORDS[widgetLang].problems[problem];
  return frame({
    lang: widgetLang,
    siteName,
    appearance,
    body: `<section class="problem" role="status"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(body)}</p></section>`,
  });
}
