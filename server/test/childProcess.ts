import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry of this repo with Node + tsx, as `npm run` would. */
export function runTs(entry: string, args: string[], env: Record<string, string>, timeoutMs = 20_000): Promise<Finished> {
  const child = spawnTs(entry, args, env);
  return finished(child, timeoutMs);
}

export function spawnTs(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function finished(child: ChildProcess, timeoutMs = 20_000): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolvePromise, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return resolvePromise({ code: child.exitCode, signal: child.signalCode, stdout, stderr });
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out after ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // 'exit' can come before the pipes are drained.
      setImmediate(() => resolvePromise({ code, signal, stdout, stderr }));
    });
  });
}

/** Resolves with the first stdout match of `pattern`, e.g. the URL a server prints. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; stdout: ${seen}; stderr: ${errors}`)), timeoutMs);
    child.stderr?.on('data', (d) => (errors += d));
    child.stdout?.on('data', (d) => {
      seen += d;
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing ${pattern}; stderr: ${errors}`));
    });
  });
}

/**
 * The collector as it runs in production, on loopback with its own data
 * directory and the rate limits lifted (one test client sends everything; the
 * bot filter stays); `env` adds to its environment (e.g. TOUCHPOINT_DATABASE_URL).
 * Resolves once it prints its address.
 */
export async function startCollectorChild(
  dataDir: string,
  adminToken: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnTs('server/src/main.ts', [], {
    PORT: '0',
    HOST: '127.0.0.1',
    TOUCHPOINT_DATA_DIR: dataDir,
    TOUCHPOINT_ADMIN_TOKEN: adminToken,
    TOUCHPOINT_RATE_LIMIT_PER_ADDRESS: '1000000',
    TOUCHPOINT_RATE_LIMIT_PER_SITE: '1000000',
    ...env,
  });
  try {
    const [, url] = await waitForOutput(child, /dashboard: (http:\/\/\S+)/);
    return { child, url: url! };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}
