// Durable ingest against the stack's ceiling, measured in the same run:
// the collector (server/src/main.ts as it runs in production, rate limits
// lifted, a temporary data directory) and a no-op Hono handler
// (bench/noopHono.ts), each its own Node process on this machine, in
// alternating rounds of autocannon with 50 connections posting valid page
// ratings (a fresh id each, a comment on every third). Prints req/s, p50/p99
// per round, the ratio of the medians, the collector's peak RSS (VmHWM), and
// how long the collector takes from spawn to its first 202, and the most CPU a
// rating may cost the collector for the goal (90 % of the ceiling) on this
// machine, where the load generator (autocannon, in this process) shares the cores.
//
// Run: npm run build:server && npx tsx bench/ingest.ts [rounds=3] [seconds=5] [--tsx] [--compare=DIR]
//   The collector runs as `npm run serve` runs it, built (server/dist/main.js);
//   --tsx runs server/src/main.ts through tsx instead, to compare.
//   --compare=DIR also runs DIR's built collector (another checkout, e.g. `git archive`
//   of an older commit, built there), in the same alternating rounds: before/after on one machine state.

import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { repoRoot, spawnTs, waitForOutput } from '../server/test/childProcess.ts';
import { serveNodeFlags } from '../server/test/serveNodeFlags.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ROUNDS = Number(args[0] ?? 3);
const SECONDS = Number(args[1] ?? 5);
const BUILT = !process.argv.includes('--tsx');
const COMPARE = process.argv.find((a) => a.startsWith('--compare='))?.slice('--compare='.length);
const CONNECTIONS = 50;
const TOKEN = 'bench-admin-token';
const ORIGIN = 'https://bench.example';
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';

function startCollectorProcess(dataDir: string, root = repoRoot): ChildProcess {
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    TOUCHPOINT_DATA_DIR: dataDir,
    TOUCHPOINT_ADMIN_TOKEN: TOKEN,
    TOUCHPOINT_RATE_LIMIT_PER_ADDRESS: '1000000000',
    TOUCHPOINT_RATE_LIMIT_PER_SITE: '1000000000',
  };
  if (!BUILT) return spawnTs('server/src/main.ts', [], env);
  return spawn(process.execPath, [...serveNodeFlags(root), 'server/dist/main.js'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function listening(child: ChildProcess): Promise<string> {
  const [, url] = await waitForOutput(child, /(?:dashboard|listening): (http:\/\/\S+)/);
  return url!;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The process's peak resident set so far, in MB (Linux). */
function peakRssMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** The process's resident set now, in MB (Linux). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** CPU time the process has used so far, user + system, in ms (Linux; 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function createSite(url: string): Promise<string> {
  const res = await fetch(`${url}/api/sites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench', origins: [ORIGIN] }),
  });
  if (res.status !== 201) throw new Error(`creating the site answered ${res.status}`);
  return ((await res.json()) as { key: string }).key;
}

let nextId = 0;
function ratingBody(siteKey: string): string {
  const n = nextId++;
  return JSON.stringify({
    type: 'page_rating',
    id: `bench_${process.pid}_${n.toString(36)}`,
    site: siteKey,
    rating: 1 + (n % 5),
    path: '/checkout/shipping',
    ...(n % 3 === 0 ? { comment: 'The delivery options were confusing and the total changed at the end' } : {}),
  });
}

interface Round {
  perSecond: number;
  /** The server's CPU time per 2xx: what each acknowledgement costs, whatever else the machine is doing. */
  cpuUs: number;
  /** This process's CPU time per request sent (autocannon runs in it): what the load generator takes from the same two cores. */
  loadUs: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
}

async function round(server: ChildProcess, url: string, siteKey: string): Promise<Round> {
  const cpuBefore = cpuMs(server.pid!);
  const loadBefore = process.cpuUsage();
  const result = await autocannon({
    url: `${url}/v1/responses`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': BROWSER },
        setupRequest: (req) => ({ ...req, body: ratingBody(siteKey) }),
      },
    ],
  });
  const load = process.cpuUsage(loadBefore);
  return {
    perSecond: result.requests.average,
    cpuUs: ((cpuMs(server.pid!) - cpuBefore) * 1000) / Math.max(1, result['2xx']),
    loadUs: (load.user + load.system) / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
  };
}

interface Start {
  /** Spawn to the first 202, wall time. */
  wallMs: number;
  /** The collector's own CPU time (all its threads) to its first 202: what the start costs whatever else the machine does. */
  cpuMs: number;
  /** Resident set once started and idle (IDLE_MS after the first 202). */
  idleRssMb: number;
  /** The first dashboard view after start (a site's summary), from asking to its answer. */
  firstViewMs: number;
}

/** How long a started collector idles before its resident set is read: its periodic jobs have started by then. */
const IDLE_MS = 3_000;

/** One start on an existing data directory: to the first 202, idle, then the first view. */
async function startProfile(dataDir: string, siteKey: string, root = repoRoot): Promise<Start> {
  const started = performance.now();
  const child = startCollectorProcess(dataDir, root);
  try {
    const url = await listening(child);
    for (;;) {
      const res = await fetch(`${url}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': BROWSER },
        body: ratingBody(siteKey),
      });
      if (res.status === 202) break;
    }
    const wallMs = performance.now() - started;
    const cpu = cpuMs(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleRssMb = rssMb(child.pid!);
    const asked = performance.now();
    const view = await fetch(`${url}/api/sites/${siteKey}/summary`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const summary = (await view.json()) as { totals?: { responses: number } };
    // The ratings just stored are in it: the first view waited for its thread and read the database, not an empty answer.
    if (view.status !== 200 || !(summary.totals!.responses > 0)) throw new Error(`the first view answered ${view.status}: ${JSON.stringify(summary)}`);
    return { wallMs, cpuMs: cpu, idleRssMb, firstViewMs: performance.now() - asked };
  } finally {
    await stop(child);
  }
}

/** Wall time of a Node process that does nothing: what any start costs on this machine now. */
function nodeStartMs(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (r: Round) =>
  `${r.perSecond.toFixed(0).padStart(7)} req/s  ${r.cpuUs.toFixed(0).padStart(4)} µs CPU/req  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms  (${r.ok} 2xx, ${r.other} other)`;

const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-ingest-'));
const collector = startCollectorProcess(dataDir);
const noop = spawnTs('bench/noopHono.ts', [], {});
const compareDir = COMPARE && mkdtempSync(join(tmpdir(), 'touchpoint-bench-compare-'));
const compared = COMPARE && compareDir ? startCollectorProcess(compareDir, COMPARE) : undefined;
try {
  const [collectorUrl, noopUrl, comparedUrl] = await Promise.all([listening(collector), listening(noop), compared && listening(compared)]);
  const siteKey = await createSite(collectorUrl);
  const comparedSite = comparedUrl ? await createSite(comparedUrl) : '';
  console.log(
    `${ROUNDS} × ${SECONDS} s rounds each, ${CONNECTIONS} connections, ${cpus().length} × ${cpus()[0]?.model}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  console.log(`collector: ${BUILT ? 'node server/dist/main.js' : 'node --import tsx server/src/main.ts'}, data in ${dataDir}\n`);
  const ceiling: Round[] = [];
  const ingest: Round[] = [];
  const other: Round[] = [];
  await round(noop, noopUrl, siteKey); // warm-up, not counted: the JIT and the sockets
  await round(collector, collectorUrl, siteKey);
  if (compared) await round(compared, comparedUrl!, comparedSite);
  for (let i = 0; i < ROUNDS; i++) {
    ceiling.push(await round(noop, noopUrl, siteKey));
    console.log(`no-op Hono   ${show(ceiling.at(-1)!)}`);
    if (compared) {
      other.push(await round(compared, comparedUrl!, comparedSite));
      console.log(`compared     ${show(other.at(-1)!)}`);
    }
    ingest.push(await round(collector, collectorUrl, siteKey));
    console.log(`collector    ${show(ingest.at(-1)!)}`);
  }
  const ratio = median(ingest.map((r) => r.perSecond)) / median(ceiling.map((r) => r.perSecond));
  console.log(`\ningest / ceiling (medians): ${(ratio * 100).toFixed(1)} %`);
  console.log(
    `server CPU per acknowledged request (medians): collector ${median(ingest.map((r) => r.cpuUs)).toFixed(0)} µs, no-op ${median(ceiling.map((r) => r.cpuUs)).toFixed(0)} µs`,
  );
  console.log(`collector p99 (median of rounds): ${median(ingest.map((r) => r.p99))} ms`);
  // What the goal asks of a rating's CPU on this machine: the collector and the
  // load generator share its cores, so at 90 % of the ceiling's rate the two
  // together may spend at most cores / rate per request.
  const ceilingRate = median(ceiling.map((r) => r.perSecond));
  const loadUs = median(ingest.map((r) => r.loadUs));
  const budgetUs = (cpus().length * 1e6) / (0.9 * ceilingRate) - loadUs;
  console.log(
    `load generator CPU per request (medians): ${loadUs.toFixed(0)} µs against the collector, ${median(ceiling.map((r) => r.loadUs)).toFixed(0)} µs against the no-op; ` +
      `90 % of the ceiling on ${cpus().length} cores leaves the collector at most ${budgetUs.toFixed(0)} µs of CPU per rating (it took ${median(ingest.map((r) => r.cpuUs)).toFixed(0)}); ` +
      `this assumes the cores were the bench's alone: at a load average above ~2 the ceiling is low and the budget too generous`,
  );
  if (compared) {
    const comparedRatio = median(other.map((r) => r.perSecond)) / median(ceiling.map((r) => r.perSecond));
    console.log(
      `compared (${COMPARE}): ${(comparedRatio * 100).toFixed(1)} % of the ceiling, ${median(other.map((r) => r.cpuUs)).toFixed(0)} µs CPU per acknowledged request, p99 ${median(other.map((r) => r.p99))} ms, peak RSS ${peakRssMb(compared.pid!).toFixed(0)} MB, ${other.reduce((n, r) => n + r.other, 0)} non-2xx (this collector: ${ingest.reduce((n, r) => n + r.other, 0)})`,
    );
    await stop(compared);
  }
  console.log(`collector peak RSS (VmHWM): ${peakRssMb(collector.pid!).toFixed(0)} MB`);
  await stop(collector);
  const starts: Start[] = [];
  const comparedStarts: Start[] = [];
  for (let i = 0; i < 3; i++) {
    if (COMPARE && compareDir) comparedStarts.push(await startProfile(compareDir, comparedSite, COMPARE));
    starts.push(await startProfile(dataDir, siteKey));
  }
  const showStarts = (xs: Start[]) =>
    `start to first 202 ${median(xs.map((s) => s.wallMs)).toFixed(0)} ms (CPU ${median(xs.map((s) => s.cpuMs)).toFixed(0)} ms), idle RSS ${median(xs.map((s) => s.idleRssMb)).toFixed(0)} MB, first view ${median(xs.map((s) => s.firstViewMs)).toFixed(0)} ms`;
  console.log(`\nmedians of 3 starts, alternating; \`node -e 0\` took ${nodeStartMs().toFixed(0)} ms`);
  if (comparedStarts.length > 0) console.log(`compared:  ${showStarts(comparedStarts)}`);
  console.log(`collector: ${showStarts(starts)}`);
} finally {
  await Promise.all([stop(collector), stop(noop), compared && stop(compared)]);
  rmSync(dataDir, { recursive: true, force: true });
  if (compareDir) rmSync(compareDir, { recursive: true, force: true });
}
