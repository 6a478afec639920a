import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
}

/** Reads a file below `root`; undefined when missing or outside it. */
export async function readStaticFile(root: string, relative: string): Promise<StaticFile | undefined> {
  const path = normalize(join(root, relative));
  if (!path.startsWith(normalize(root) + sep)) return undefined;
  try {
    return { body: new Uint8Array(await readFile(path)), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
