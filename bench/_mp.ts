import { minifySync } from 'rolldown/utils';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dir = 'widget/dist/w/';
const names = process.argv[2].split(',');
const cache: Record<string, string> = {};
names.forEach((n, i) => (cache[n] = '$' + i.toString(36)));
const include = new RegExp(`^(${names.join('|')})$`);
let tb = 0, ta = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('hosted'))) {
  const code = readFileSync(dir + f, 'utf8');
  const r = minifySync(f, code, { module: true, compress: false, mangle: false, mangleProps: { include, cache } } as any);
  if (r.errors.length) console.log(r.errors);
  const b = gzipSync(code, { level: 9 }).length, a = gzipSync(r.code, { level: 9 }).length;
  tb += b; ta += a;
  console.log(f.padEnd(40), b, a, a - b);
}
console.log(tb, ta, ta - tb);
