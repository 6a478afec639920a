import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The deployment guide's nginx site (README "Deployment"), as the tests run it. */
const SITE_CONFIG = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

export interface HttpsProxyOptions {
  /** Where requests go, e.g. `http://127.0.0.1:8787`. */
  upstream: string;
  /** The port to listen on (127.0.0.1); a free one by default. */
  port?: number;
}

/**
 * deploy/nginx.conf with what a test cannot use put right: loopback ports for
 * 443 and 80, a self-signed certificate, the test's collector. Each line it
 * replaces must be there as written, so the guide and the test stay one file.
 */
export function deploymentSite(values: { listen: number; redirectListen: number; cert: string; key: string; upstream: string }): string {
  const replacements: [string, string][] = [
    ['listen 443 ssl http2;', `listen 127.0.0.1:${values.listen} ssl http2;`],
    ['listen 80;', `listen 127.0.0.1:${values.redirectListen};`],
    ['ssl_certificate /etc/letsencrypt/live/feedback.example.com/fullchain.pem;', `ssl_certificate ${values.cert};`],
    ['ssl_certificate_key /etc/letsencrypt/live/feedback.example.com/privkey.pem;', `ssl_certificate_key ${values.key};`],
    ['proxy_pass http://127.0.0.1:8787;', `proxy_pass ${values.upstream};`],
  ];
  let site = readFileSync(SITE_CONFIG, 'utf8');
  for (const [line, replacement] of replacements) {
    if (!site.includes(line)) throw new Error(`deploy/nginx.conf no longer has "${line}"; update tests/e2e/httpsProxy.ts with it`);
    site = site.replace(line, replacement);
  }
  return site;
}

export interface HttpsProxy {
  /** `https://127.0.0.1:<port>`, what the browser opens. */
  url: string;
  port: number;
  /** The self-signed certificate's PEM (for clients that want to pin it rather than ignore errors); empty for Caddy's own CA. */
  certificate: string;
  /** `http://127.0.0.1:<port>`: what the guide's port 80 becomes, which redirects to https. */
  httpUrl: string;
  close(): Promise<void>;
}

/** A port nothing listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A self-signed certificate for 127.0.0.1, made now with openssl, in `dir`. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr || made.error?.message}`);
  chmodSync(key, 0o600);
  return { cert, key };
}

/**
 * Debian's nginx terminating TLS on 127.0.0.1 in front of `upstream`, as a
 * production deployment does: a child process in the foreground with its own
 * config, pid, logs and temp files in a temp directory. `close()` stops it and
 * removes the directory.
 */
export async function startHttpsProxy({ upstream, port }: HttpsProxyOptions): Promise<HttpsProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-nginx-'));
  // Workers drop root to nobody and must reach their temp directories.
  chmodSync(dir, 0o755);
  const { cert, key } = selfSignedCertificate(dir);
  const listen = port ?? (await freePort());
  const redirectListen = await freePort();
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${deploymentSite({ listen, redirectListen, cert, key, upstream }).replaceAll('\n', '\n  ')}
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', config, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(child, listen);
  } catch (err) {
    const log = readFileSync(join(dir, 'error.log'), { encoding: 'utf8', flag: 'a+' });
    await stop();
    throw new Error(`nginx did not start: ${(err as Error).message}\n${stderr}${log}`);
  }
  return {
    url: `https://127.0.0.1:${listen}`,
    httpUrl: `http://127.0.0.1:${redirectListen}`,
    port: listen,
    certificate: readFileSync(cert, 'utf8'),
    close: stop,
  };
}

/** Resolves once the port accepts connections; rejects if the proxy exits first or 10 s pass. */
export async function listening(child: ChildProcess, port: number): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('it was not listening after 10 s');
}

/**
 * Resolves once a TLS handshake on the port completes; rejects if the proxy exits first or 10 s pass.
 * Caddy opens its port before its internal CA has issued the site's certificate, and a
 * browser arriving in that gap gets ERR_SSL_PROTOCOL_ERROR: an open port is not enough.
 */
export async function servingTls(child: ChildProcess, port: number): Promise<void> {
  const deadline = performance.now() + 10_000;
  let last = '';
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
    last = await new Promise<string>((resolve) => {
      const socket = tlsConnect({ port, host: '127.0.0.1', rejectUnauthorized: false });
      socket.once('secureConnect', () => (socket.destroy(), resolve('')));
      socket.once('error', (err) => (socket.destroy(), resolve(err.message)));
    });
    if (!last) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no TLS handshake after 10 s (${last})`);
}

/** SIGQUIT is nginx's graceful stop (SIGTERM Caddy's); SIGKILL if it has not gone in 5 s. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGQUIT'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
