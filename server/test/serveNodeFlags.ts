import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './childProcess.ts';

/** The `node` flags `npm run serve` starts the built collector with (package.json), as the bench and the deployment must pass them too. */
export function serveNodeFlags(root = repoRoot): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = /\bnode((?: --[\w-]+(?:=\S+)?)*) server\/dist\/main\.js/.exec(scripts.serve ?? '');
  if (!command) throw new Error('package.json: the serve script does not run node server/dist/main.js');
  return command[1]!.trim().split(/\s+/).filter(Boolean);
}
