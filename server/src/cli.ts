// `npm run touchpoint -- <command>`: backup, restore, export, import, migrate-to-postgres, site, token, user.
// The outermost edge: the only place the command line reads the clock, the environment and the terminal.

import type { ReadStream } from 'node:tty';
import { promptHidden } from './cli/promptHidden.ts';
import { runCli } from './cli/runCli.ts';
import { settingsFromEnv } from './config.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk;
  return text;
}

const stdin = process.stdin as ReadStream;
const settings = settingsFromEnv();
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  stdout: process.stdout,
  readStdin: () => readAll(process.stdin),
  ask: stdin.isTTY ? (question) => promptHidden(question, stdin, process.stderr) : undefined,
  now: Date.now,
  dataDir: settings.dataDir,
  postgres: settings.postgres,
});
