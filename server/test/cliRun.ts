import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../src/cli/runCli.ts';
import type { PostgresLocation } from '../src/db/storage.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

/** A new, empty data directory for one test's CLI runs. */
export function tempDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'tp-cli-')), 'data');
}

export interface CliRun {
  code: number;
  /** Lines printed for the user. */
  out: string[];
  err: string[];
  /** What was written raw to stdout (an export without -o). */
  stdout: string;
}

/** `touchpoint ARGS` in-process on `dataDir` (or `postgres`), at the pinned clock unless `now` is given. */
export async function cliRun(
  dataDir: string,
  args: string[],
  options: { stdin?: string; answers?: string[]; now?: number; postgres?: PostgresLocation } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  let written = '';
  stdout.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const answers = options.answers;
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stdout,
    readStdin: async () => options.stdin ?? '',
    ask: answers ? async () => answers.shift() ?? '' : undefined,
    now: () => options.now ?? TEST_NOW,
    dataDir,
    postgres: options.postgres,
  });
  return { code, out, err, stdout: written };
}
