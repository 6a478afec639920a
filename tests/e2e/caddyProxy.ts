import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, listening, servingTls, stopChild, type HttpsProxy, type HttpsProxyOptions } from './httpsProxy.ts';

const CADDY = process.env.CADDY_PATH ?? '/usr/bin/caddy';
/** The deployment guide's Caddyfile (README "Deployment"), as the tests run it. */
const CADDYFILE = fileURLToPath(new URL('../../deploy/caddy/Caddyfile', import.meta.url));

/**
 * deploy/caddy/Caddyfile for a test: a loopback port and Caddy's own local CA
 * instead of the public name and Let's Encrypt, the test's collector upstream,
 * no admin endpoint, state in `dir`. The lines it replaces must be there as written.
 */
function testCaddyfile(dir: string, port: number, redirectPort: number, upstream: string): string {
  let site = readFileSync(CADDYFILE, 'utf8');
  const replacements: [string, string][] = [
    ['feedback.example.com {', `https://127.0.0.1:${port} {\n\ttls internal`],
    ['reverse_proxy 127.0.0.1:8787 {', `reverse_proxy ${new URL(upstream).host} {`],
  ];
  for (const [line, replacement] of replacements) {
    if (!site.includes(line)) throw new Error(`deploy/caddy/Caddyfile no longer has "${line}"; update tests/e2e/caddyProxy.ts with it`);
    site = site.replace(line, replacement);
  }
  return `{\n\tadmin off\n\tskip_install_trust\n\thttp_port ${redirectPort}\n\thttps_port ${port}\n\tstorage file_system ${dir}/data\n}\n\n${site}`;
}

/** Debian's Caddy terminating TLS on 127.0.0.1 in front of `upstream`, in the foreground, its state in a temp directory. */
export async function startCaddyProxy({ upstream, port }: HttpsProxyOptions): Promise<HttpsProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-caddy-'));
  const listen = port ?? (await freePort());
  const redirectListen = await freePort();
  const config = join(dir, 'Caddyfile');
  writeFileSync(config, testCaddyfile(dir, listen, redirectListen, upstream));
  const child = spawn(CADDY, ['run', '--config', config, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const stop = async () => {
    await stopChild(child, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(child, listen);
    await servingTls(child, listen);
  } catch (err) {
    await stop();
    throw new Error(`caddy did not start: ${(err as Error).message}\n${stderr}`);
  }
  return { url: `https://127.0.0.1:${listen}`, httpUrl: `http://127.0.0.1:${redirectListen}`, port: listen, certificate: '', close: stop };
}
