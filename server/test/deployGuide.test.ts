import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './childProcess.ts';

// The README's deployment guide shows the files in deploy/ as they are: the
// browser tests run deploy/nginx.conf and deploy/caddy/Caddyfile, so what a
// reader copies is what was proven.
const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const FILES = ['deploy/nginx.conf', 'deploy/caddy/Caddyfile', 'deploy/touchpoint.service', 'deploy/touchpoint-backup.service', 'deploy/touchpoint-backup.timer'];

describe('the deployment guide', () => {
  it.each(FILES)('shows %s exactly as it is', (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8').trimEnd();
    expect(README).toContain('\n' + text + '\n```');
  });

  it('sets the proxy settings the guide explains in the service the proxies forward to', () => {
    const unit = readFileSync(join(repoRoot, 'deploy/touchpoint.service'), 'utf8');
    expect(unit).toContain('Environment=TOUCHPOINT_TRUST_PROXY=1');
    expect(unit).toContain('Environment=TOUCHPOINT_PUBLIC_URL=https://feedback.example.com');
    expect(unit).toContain('Environment=HOST=127.0.0.1');
    expect(readFileSync(join(repoRoot, 'deploy/nginx.conf'), 'utf8')).toContain('proxy_pass http://127.0.0.1:8787;');
  });
});
