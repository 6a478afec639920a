import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadStream } from 'node:tty';
import { settingsFromEnv } from '../config.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { promptHidden } from './promptHidden.ts';
import { userCommand } from './userCommand.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk;
  return text;
}

/**
 * `touchpoint user …` on the database in TOUCHPOINT_DATA_DIR. Safe while the
 * collector runs (WAL); works before its first start too, so the first admin
 * account can exist before anyone signs in.
 */
export async function runUserCommand(args: string[]): Promise<number> {
  const { dataDir } = settingsFromEnv();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(join(dataDir, 'touchpoint.db'));
  const stdin = process.stdin as ReadStream;
  try {
    return await userCommand(db, args, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      readStdin: () => readAll(process.stdin),
      ask: stdin.isTTY ? (question) => promptHidden(question, stdin, process.stderr) : undefined,
    });
  } finally {
    db.close();
  }
}
