import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { startStack, type Stack } from './stack.ts';
import { test } from './test.ts';

export interface FixtureOptions {
  /** `<html lang>`; data-lang goes in `data`. */
  lang?: string;
  dir?: 'rtl' | 'ltr';
  /** More data-* on the script tag, e.g. { position: 'side', theme: 'dark' }. */
  data?: Record<string, string>;
  body?: string;
  /** A Content-Security-Policy header for the page. */
  csp?: string;
  /** Put on both script tags (the queue stub and tp.js). */
  nonce?: string;
}

/**
 * Pages the demo shop does not have (a single-page app, a strict CSP, other
 * languages and layouts), served from a server of their own on loopback, as a
 * customer's site would be, with a site of their own whose origin it is.
 * `serve('/app/*')` serves one page under a whole route, as a single-page
 * app's server does.
 */
export async function startFixtures(stack: Stack) {
  const pages = new Map<string, string | FixtureOptions>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    const match = [...pages.keys()].find((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p));
    if (!match) return res.writeHead(404).end();
    const options = pages.get(match)!;
    const html = typeof options === 'string' ? options : fixtureHtml(stack.collectorUrl, site.key, options);
    const csp = typeof options === 'string' ? undefined : options.csp;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(csp ? { 'Content-Security-Policy': csp } : {}) });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const site = await stack.admin<{ key: string }>('POST', '/api/sites', { name: 'Fixture pages', origins: [origin] });
  return {
    origin,
    siteKey: site.key,
    /** Serves a page embedding the widget at `path` (or raw HTML); returns its URL. */
    serve(path: string, options: FixtureOptions | string = {}) {
      pages.set(path, options);
      return origin + path.replace(/\*$/, '');
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export type Fixtures = Awaited<ReturnType<typeof startFixtures>>;

/** For every test of the spec that calls this, a stack and fixture pages of its own, stopped after it: read them from the object returned. */
export function fixturesPerTest(): { stack: Stack; fixtures: Fixtures } {
  const current = {} as { stack: Stack; fixtures: Fixtures };
  test.beforeEach(async () => {
    current.stack = await startStack();
    current.fixtures = await startFixtures(current.stack);
  });
  test.afterEach(async () => {
    await current.fixtures.close();
    await current.stack.stop();
  });
  return current;
}

function fixtureHtml(collectorUrl: string, siteKey: string, options: FixtureOptions): string {
  const nonce = options.nonce ? ` nonce="${options.nonce}"` : '';
  const data = Object.entries({ site: siteKey, ...options.data })
    .map(([name, value]) => ` data-${name}="${value}"`)
    .join('');
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}"${options.dir ? ` dir="${options.dir}"` : ''}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Fixture</title>
  <script${nonce}>window.touchpoint = window.touchpoint || function(){(touchpoint.q = touchpoint.q || []).push(arguments)}</script>
  <script async${nonce} src="${collectorUrl}/tp.js"${data}></script>
</head>
<body>${options.body ?? '<main><h1>Fixture page</h1><p>Some content.</p><a href="#top">A link</a></main>'}</body>
</html>`;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's serious and critical findings (WCAG 2.0–2.2 A and AA, and best
 * practice) inside the widget, its shadow root included; [] when there are none.
 */
export async function widgetAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document.querySelector('touchpoint-widget')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary}`));
  });
}

/** `touchpoint(...)` from the page, as its own script would call it. */
export function callTouchpoint(page: Page, ...args: unknown[]) {
  return page.evaluate((args) => (window as unknown as { touchpoint: (...a: unknown[]) => void }).touchpoint(...args), args);
}
