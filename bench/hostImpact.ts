// What the widget costs the page that embeds it: the same host page with and
// without the snippet, in Chromium with the CPU slowed 4× (a mid-range phone),
// runs alternating, median of N. Prints the Performance domain's ScriptDuration
// and TaskDuration, long tasks and layout shifts (PerformanceObserver), the
// page's load time, and how many widget requests started before `load`.
// Run after `npm run build:widget`: npx tsx bench/hostImpact.ts [runs] [throttle]

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { settingsFromEnv } from '../server/src/config.ts';
import { createSite } from '../server/src/db/queries/sites/createSite.ts';
import { startCollector } from '../server/src/startCollector.ts';

const RUNS = Number(process.argv[2] ?? 5);
const THROTTLE = Number(process.argv[3] ?? 4);
/** After `load`, long enough for the widget's deferred work (idle callbacks, config, chunks) to run. */
const SETTLE_MS = 3_000;

interface Sample {
  scriptMs: number;
  taskMs: number;
  longTasks: number;
  layoutShift: number;
  loadMs: number;
  /** Widget requests (other than tp.js) that started before the page's load event. */
  beforeLoad: number;
  /** Each long task as `start+duration` in ms from the page's load event: where to look. */
  longTaskTimes: string[];
}

const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-host-impact-'));
const collector = await startCollector({ ...settingsFromEnv({}), host: '127.0.0.1', port: 0, dataDir, allowHeadless: true });

// A shop-like page of its own origin: a header, a product grid, text. Enough
// DOM that a style recalculation or layout the widget causes would cost.
const products = Array.from({ length: 60 }, (_, i) =>
  `<li><img width="160" height="120" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h3>Product ${i}</h3><p>${'Warm, light and packable. '.repeat(4)}</p><button>Add to cart</button></li>`).join('');
const page = (snippet: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${snippet}
<style>body{font:16px/1.5 system-ui;margin:0}header{padding:16px;background:#223}ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:16px;padding:16px;list-style:none}</style>
</head><body><header><a href="/">Shop</a></header><main><h1>Jackets</h1><ul>${products}</ul></main></body></html>`;

let siteKey = '';
const host = createServer((req, res) => {
  const snippet = req.url === '/with'
    ? `<script>window.touchpoint=window.touchpoint||function(){(touchpoint.q=touchpoint.q||[]).push(arguments)}</script><script async src="${collector.url}/tp.js" data-site="${siteKey}"></script>`
    : '';
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(snippet));
});
await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
siteKey = createSite(collector.db, { name: 'Host page', origins: [origin] }, Date.now()).key;

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const w = window as unknown as { __longTasks: PerformanceEntry[]; __shift: number };
    w.__longTasks = [];
    w.__shift = 0;
    new PerformanceObserver((list) => void w.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const page = await tab.evaluate((collectorOrigin) => {
    const w = window as unknown as { __longTasks: PerformanceEntry[]; __shift: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const widget = performance.getEntriesByType('resource').filter((r) => r.name.startsWith(collectorOrigin) && !r.name.endsWith('/tp.js'));
    return {
      longTasks: w.__longTasks.length,
      longTaskTimes: w.__longTasks.map((t) => `${Math.round(t.startTime - nav.loadEventStart)}+${Math.round(t.duration)}`),
      layoutShift: w.__shift,
      loadMs: nav.loadEventStart,
      beforeLoad: widget.filter((r) => r.startTime < nav.loadEventStart).length,
    };
  }, collector.url);
  await context.close();
  return { scriptMs: metric('ScriptDuration') * 1000, taskMs: metric('TaskDuration') * 1000, ...page };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const without: Sample[] = [];
  const withWidget: Sample[] = [];
  await measure(browser, `${origin}/without`); // warm the browser and the collector
  for (let run = 0; run < RUNS; run++) {
    without.push(await measure(browser, `${origin}/without`));
    withWidget.push(await measure(browser, `${origin}/with`));
  }
  const fields: [Exclude<keyof Sample, 'longTaskTimes'>, string, number][] = [
    ['scriptMs', 'scripting (ScriptDuration), ms', 1],
    ['taskMs', 'main-thread tasks (TaskDuration), ms', 1],
    ['longTasks', 'long tasks', 0],
    ['layoutShift', 'layout shift (CLS sum)', 4],
    ['loadMs', 'load event at, ms', 1],
    ['beforeLoad', 'widget requests before load', 0],
  ];
  console.log(`host page, ${THROTTLE}× CPU throttle, median of ${RUNS} (${new Date().toISOString().slice(0, 10)})`);
  console.log('figure'.padEnd(38), 'without'.padStart(9), 'with'.padStart(9), 'added'.padStart(9));
  for (const [key, label, digits] of fields) {
    const a = median(without.map((s) => s[key]));
    const b = median(withWidget.map((s) => s[key]));
    console.log(label.padEnd(38), a.toFixed(digits).padStart(9), b.toFixed(digits).padStart(9), (b - a).toFixed(digits).padStart(9));
  }
  const added = withWidget.map((s, i) => s.scriptMs - without[i]!.scriptMs).map((d) => d.toFixed(1));
  console.log(`scripting added per run, ms: ${added.join(', ')}`);
  console.log(`long tasks with the snippet (ms from load + duration): ${withWidget.map((s) => s.longTaskTimes.join(' ') || '-').join(', ')}`);
  console.log(`long tasks without it: ${without.map((s) => s.longTaskTimes.join(' ') || '-').join(', ')}`);
} finally {
  await browser.close();
  host.close();
  await collector.close();
  rmSync(dataDir, { recursive: true, force: true });
}
