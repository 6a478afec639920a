// What the widget costs the page that embeds it: the same host page with and
// without the snippet, in Chromium with the CPU slowed 4× (a mid-range phone),
// runs alternating, median of N. Prints the Performance domain's ScriptDuration
// and TaskDuration, long tasks and layout shifts (PerformanceObserver), the
// page's load time, when tp.js arrived, and how many widget requests started
// before `load`. With --compare=DIR, another widget build (a `widget/dist` kept
// from another checkout) runs in the same alternating rounds from a collector of
// its own, so before and after come from one run on this noisy machine; with
// --markup=low,high,defer the snippet's tag is also tried with those attributes.
// Run after `npm run build:widget`:
//   npx tsx bench/hostImpact.ts [runs] [throttle] [--compare=DIR] [--markup=low,high,defer] [--host-script] [--repeat]

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { settingsFromEnv } from '../server/src/config.ts';
import { createSite } from '../server/src/db/queries/sites/createSite.ts';
import { startCollector } from '../server/src/startCollector.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(positional[0] ?? 5);
const THROTTLE = Number(positional[1] ?? 4);
const COMPARE_DIR = option('compare');
/** Attributes to try on the snippet's tag besides what the README says. */
const MARKUP: Record<string, string> = { low: ' fetchpriority="low"', high: ' fetchpriority="high"', defer: ' defer' };
const markups = (option('markup') ?? '').split(',').filter((m) => m in MARKUP);
/** After `load`, long enough for the widget's deferred work (idle callbacks, config, chunks) to run. */
const SETTLE_MS = 3_000;

interface Sample {
  scriptMs: number;
  /** Time in the widget's own JavaScript, promise callbacks included: CPU profile samples with a widget frame on the stack. */
  widgetJsMs: number;
  taskMs: number;
  longTasks: number;
  layoutShift: number;
  loadMs: number;
  /** When tp.js had arrived (responseEnd), ms from navigation start; 0 without the snippet. */
  tpArrivedMs: number;
  /** Widget requests (other than tp.js) that started before the page's load event. */
  beforeLoad: number;
  /** Each long task as `start+duration` in ms from the page's load event: where to look. */
  longTaskTimes: string[];
}

interface Collector {
  url: string;
  siteKey: string;
  close(): Promise<void>;
}

const dataDirs: string[] = [];
/** A collector serving the widget build in `widgetDir`, with a site for the host page's origin. */
async function collectorFor(widgetDir: string | undefined, origin: string): Promise<Collector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-host-impact-'));
  dataDirs.push(dataDir);
  const settings = settingsFromEnv({});
  const collector = await startCollector({ ...settings, widgetDir: widgetDir ?? settings.widgetDir, host: '127.0.0.1', port: 0, dataDir, allowHeadless: true });
  const siteKey = createSite(collector.db, { name: 'Host page', origins: [origin] }, Date.now()).key;
  return { url: collector.url, siteKey, close: () => collector.close() };
}

// A shop-like page of its own origin: a header, a product grid, text. Enough
// DOM that a style recalculation or layout the widget causes would cost.
const products = Array.from({ length: 60 }, (_, i) =>
  `<li><img width="160" height="120" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h3>Product ${i}</h3><p>${'Warm, light and packable. '.repeat(4)}</p><button>Add to cart</button></li>`).join('');
// With --host-script the page runs a line of script of its own, as a real shop
// does: then the page, not the snippet, pays for creating its JavaScript
// context (a page without any script never creates one).
const HOST_SCRIPT = process.argv.includes('--host-script') ? '<script>document.documentElement.dataset.shop = "1"</script>' : '';
const page = (snippet: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${HOST_SCRIPT}${snippet}
<style>body{font:16px/1.5 system-ui;margin:0}header{padding:16px;background:#223}ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:16px;padding:16px;list-style:none}</style>
</head><body><header><a href="/">Shop</a></header><main><h1>Jackets</h1><ul>${products}</ul></main></body></html>`;
const snippet = (collector: Collector, attributes: string) =>
  `<script>window.touchpoint=window.touchpoint||function(){(touchpoint.q=touchpoint.q||[]).push(arguments)}</script><script async${attributes} src="${collector.url}/tp.js" data-site="${collector.siteKey}"></script>`;

/** Each page the host serves: its path → the snippet in its head ('' for none). */
const variants = new Map<string, () => string>();
const host = createServer((req, res) => {
  const snippetFor = variants.get(req.url ?? '');
  res.writeHead(snippetFor ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(snippetFor ? page(snippetFor()) : '');
});
await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
const current = await collectorFor(undefined, origin);
const compared = COMPARE_DIR ? await collectorFor(COMPARE_DIR, origin) : undefined;
variants.set('/without', () => '');
if (compared) variants.set('/compared', () => snippet(compared, ''));
variants.set('/with', () => snippet(current, ''));
for (const markup of markups) variants.set(`/with-${markup}`, () => snippet(current, MARKUP[markup]!));

// With --repeat the measured view is a shopper's third page view: two earlier
// tabs of the same browser context have loaded the page (HTTP cache, and V8's
// code cache, which Chromium fills from a script's second run), as on a shop
// where most page views are not the first.
const REPEAT = process.argv.includes('--repeat');

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext();
  for (let view = 0; REPEAT && view < 2; view++) {
    const earlier = await context.newPage();
    await earlier.goto(url, { waitUntil: 'load' });
    await earlier.waitForTimeout(1_000);
    await earlier.close();
  }
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
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { profile } = await cdp.send('Profiler.stop');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const page = await tab.evaluate(() => {
    const w = window as unknown as { __longTasks: PerformanceEntry[]; __shift: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const script = resources.find((r) => r.name.endsWith('/tp.js'));
    const widget = resources.filter((r) => r.initiatorType !== 'navigation' && r !== script && /\/(w\/|v1\/)/.test(r.name));
    return {
      longTasks: w.__longTasks.length,
      longTaskTimes: w.__longTasks.map((t) => `${Math.round(t.startTime - nav.loadEventStart)}+${Math.round(t.duration)}`),
      layoutShift: w.__shift,
      loadMs: nav.loadEventStart,
      tpArrivedMs: script?.responseEnd ?? 0,
      beforeLoad: widget.filter((r) => r.startTime < nav.loadEventStart).length,
    };
  });
  await context.close();
  return { scriptMs: metric('ScriptDuration') * 1000, widgetJsMs: widgetJsMs(profile), taskMs: metric('TaskDuration') * 1000, ...page };
}

/** What this reads of the CDP Profiler's profile. */
interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Chromium's ScriptDuration counts scripts, event listeners and timers but not
 * the promise callbacks run at the end of a task (the core's start ran in one,
 * after its `import()`): this counts every sample of the CPU profile with a
 * frame of tp.js or a chunk on its stack, native calls made from them (storage,
 * fetch, DOM) included. Sampled, so within a sampling interval per call.
 */
function widgetJsMs(profile: Profile): number {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const widget = new Map<number, boolean>();
  const isWidget = (id: number): boolean => {
    let known = widget.get(id);
    if (known === undefined) {
      const node = byId.get(id)!;
      known = /\/tp\.js$|\/w\/[^/]+\.js$/.test(node.callFrame.url) || (parent.has(id) && isWidget(parent.get(id)!.id));
      widget.set(id, known);
    }
    return known;
  };
  let micros = 0;
  profile.samples!.forEach((id, i) => {
    if (isWidget(id)) micros += profile.timeDeltas![i + 1] ?? 0;
  });
  return micros / 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const samples = new Map<string, Sample[]>([...variants.keys()].map((path) => [path, []]));
  for (const path of variants.keys()) await measure(browser, `${origin}${path}`); // warm the browser and the collectors
  for (let run = 0; run < RUNS; run++) {
    for (const [path, list] of samples) list.push(await measure(browser, `${origin}${path}`));
  }
  const fields: [Exclude<keyof Sample, 'longTaskTimes'>, string, number][] = [
    ['scriptMs', 'scripting (ScriptDuration), ms', 1],
    ['widgetJsMs', "widget's JS, promise callbacks too, ms", 1],
    ['taskMs', 'main-thread tasks (TaskDuration), ms', 1],
    ['longTasks', 'long tasks', 0],
    ['layoutShift', 'layout shift (CLS sum)', 4],
    ['loadMs', 'load event at, ms', 1],
    ['tpArrivedMs', 'tp.js arrived at, ms', 1],
    ['beforeLoad', 'widget requests before load', 0],
  ];
  const base = samples.get('/without')!;
  const names = [...samples.keys()].map((path) => path.slice(1));
  console.log(`host page${HOST_SCRIPT ? ' with a script of its own' : ''}${REPEAT ? ', third page view of a context' : ''}, ${THROTTLE}× CPU throttle, median of ${RUNS} (${new Date().toISOString().slice(0, 10)})${COMPARE_DIR ? `; compared: ${COMPARE_DIR}` : ''}`);
  console.log(`window: from navigation to ${SETTLE_MS} ms after \`load\`, so the widget's idle-time work after \`load\` counts as the page's cost too`);
  console.log('figure (median; added = median of per-run differences from without)');
  console.log(''.padEnd(38), ...names.map((n) => n.padStart(13)));
  for (const [key, label, digits] of fields) {
    const cells = [...samples.values()].map((list) => {
      const value = median(list.map((s) => s[key])).toFixed(digits);
      if (list === base) return value.padStart(13);
      const added = median(list.map((s, i) => s[key] - base[i]![key]));
      return `${value} (${added >= 0 ? '+' : ''}${added.toFixed(digits)})`.padStart(13);
    });
    console.log(label.padEnd(38), ...cells);
  }
  for (const [path, list] of samples) {
    if (list === base) continue;
    const added = list.map((s, i) => (s.scriptMs - base[i]!.scriptMs).toFixed(1));
    console.log(`${path.slice(1)}: widget's JS per run, ms: ${list.map((s) => s.widgetJsMs.toFixed(1)).join(', ')}`);
    const loadRatio = median(list.map((s, i) => s.loadMs / base[i]!.loadMs));
    console.log(`${path.slice(1)}: scripting added per run, ms: ${added.join(', ')}; load event / without: ×${loadRatio.toFixed(2)}`);
    console.log(`  long tasks (ms from load + duration): ${list.map((s) => s.longTaskTimes.join(' ') || '-').join(', ')}`);
  }
  console.log(`without: long tasks: ${base.map((s) => s.longTaskTimes.join(' ') || '-').join(', ')}`);
} finally {
  await browser.close();
  host.close();
  await current.close();
  await compared?.close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
