// The demo shop: static pages from demo/site under clean URLs (/cart serves
// cart.html), each with the Touchpoint embed snippet filled in.

import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { spaScript } from './spa/buildSpa.ts';

export const SITE_DIR = fileURLToPath(new URL('./site/', import.meta.url));
const SPA_PAGE = fileURLToPath(new URL('./spa/index.html', import.meta.url));
const PARTIALS_DIR = fileURLToPath(new URL('./partials/', import.meta.url));
const SNIPPET_PLACEHOLDER = '{{TOUCHPOINT_SNIPPET}}';

/** Pieces shared by several pages (footer, checkout header), kept once in demo/partials. */
async function withPartials(page: string): Promise<string> {
  const names = [...new Set([...page.matchAll(/\{\{PARTIAL:([a-z-]+)\}\}/g)].map((m) => m[1]!))];
  for (const name of names) {
    const partial = (await readFile(join(PARTIALS_DIR, `${name}.html`), 'utf8')).trimEnd().replaceAll('\n', '\n  ');
    page = page.replaceAll(`{{PARTIAL:${name}}}`, partial);
  }
  return page;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The queue stub, so pages can call `touchpoint(...)` before the widget has loaded. */
export const QUEUE_STUB =
  '<script>window.touchpoint = window.touchpoint || function(){(touchpoint.q = touchpoint.q || []).push(arguments)}</script>';

/** The widget's script tag for a site: the embed snippet. */
export function widgetScriptTag(collectorUrl: string, siteKey: string): string {
  const src = `${collectorUrl.replace(/\/+$/, '')}/tp.js`;
  return `<script async src="${escapeAttribute(src)}" data-site="${escapeAttribute(siteKey)}"></script>`;
}

/** Stub plus script tag, as the demo pages (and the README) embed it. */
export function embedSnippet(collectorUrl: string, siteKey: string): string {
  return `${QUEUE_STUB}\n${widgetScriptTag(collectorUrl, siteKey)}`;
}

/** A file below SITE_DIR, or undefined when it is missing or would be outside it. */
async function readSiteFile(relative: string): Promise<Buffer | undefined> {
  const path = normalize(join(SITE_DIR, relative));
  if (!path.startsWith(normalize(SITE_DIR).replace(/[\\/]?$/, sep))) return undefined;
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** The .html file behind a clean URL: `/` → index.html, `/cart` → cart.html or cart/index.html. */
async function readPage(path: string): Promise<Buffer | undefined> {
  const clean = path.replace(/\/+$/, '');
  if (clean === '') return readSiteFile('index.html');
  return (await readSiteFile(`${clean}.html`)) ?? (await readSiteFile(`${clean}/index.html`));
}

/** `/cart.html` → `/cart`, `/checkout/index.html` → `/checkout`. */
function cleanUrlOf(path: string): string {
  const clean = path.replace(/\.html$/, '').replace(/(^|\/)index$/, '');
  return clean === '' ? '/' : clean;
}

export interface DemoServerOptions {
  port: number;
  /** Interface to listen on; by default all of them (IPv4 and IPv6). */
  host?: string;
  /** Where the browser loads the widget from, e.g. http://localhost:8787. */
  collectorUrl: string;
  siteKey: string;
}

export type EmbedSettings = Pick<DemoServerOptions, 'collectorUrl' | 'siteKey'>;

export interface RunningDemoServer {
  url: string;
  /**
   * Changes what the pages embed from now on. For tests that start the shop on
   * port 0 and only then can create a site whose origin is the shop's url.
   */
  setEmbed(embed: Partial<EmbedSettings>): void;
  close(): Promise<void>;
}

export function createDemoApp(initial: EmbedSettings) {
  const embed = { ...initial };
  const html = async (c: Context, page: Buffer, status: 200 | 404 = 200) => {
    const snippet = embedSnippet(embed.collectorUrl, embed.siteKey).replaceAll('\n', '\n  ');
    c.header('Cache-Control', 'no-store');
    return c.html((await withPartials(page.toString('utf8'))).replaceAll(SNIPPET_PLACEHOLDER, snippet), status);
  };
  const notFound = async (c: Context) => {
    const page = await readSiteFile('404.html');
    return page ? html(c, page, 404) : c.text('Not found', 404);
  };

  const app = (
    new Hono()
      // Forms post to the page they lead to (post/redirect/get): /checkout/payment
      // answers a POST with 303 to itself, so the browser lands there with a GET.
      .post('*', async (c) => {
        const path = c.req.path;
        if (path.includes('//') || extname(path) !== '' || !(await readPage(path))) return notFound(c);
        return c.redirect(path, 303);
      })
      // The single-page app (demo/spa): one page for every /spa address, its router draws the rest.
      .get('/spa/app.js', async (c) => {
        c.header('Content-Type', TYPES['.js']!);
        c.header('Cache-Control', 'no-cache');
        return c.body(await spaScript());
      })
      .get('/spa', async (c) => html(c, await readFile(SPA_PAGE)))
      .get('/spa/*', async (c) => html(c, await readFile(SPA_PAGE)))
      .get('*', async (c) => {
        let path: string;
        try {
          path = decodeURIComponent(c.req.path);
        } catch {
          return notFound(c);
        }
        // No NULs, and no '//' that a redirect could turn into another host.
        if (path.includes('\0') || path.includes('//')) return notFound(c);
        const ext = extname(path);
        if (ext === '.html') {
          if (!(await readSiteFile(path)) || path.endsWith('/404.html')) return notFound(c);
          const query = new URL(c.req.url).search;
          return c.redirect(cleanUrlOf(path) + query, 301);
        }
        if (path.length > 1 && path.endsWith('/')) {
          const clean = path.replace(/\/+$/, '') || '/';
          return (await readPage(clean)) ? c.redirect(clean + new URL(c.req.url).search, 301) : notFound(c);
        }
        if (ext !== '') {
          const type = TYPES[ext];
          const body = type ? await readSiteFile(path) : undefined;
          if (!body || !type) return notFound(c);
          c.header('Content-Type', type);
          c.header('Cache-Control', 'no-cache');
          return c.body(new Uint8Array(body));
        }
        const page = await readPage(path);
        return page ? html(c, page) : notFound(c);
      })
  );
  return Object.assign(app, {
    setEmbed(update: Partial<EmbedSettings>) {
      Object.assign(embed, Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)));
    },
  });
}

/** Serves the demo shop; port 0 picks a free port, which `url` then contains. */
export async function startDemoServer(opts: DemoServerOptions): Promise<RunningDemoServer> {
  const app = createDemoApp(opts);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, ...(opts.host ? { hostname: opts.host } : {}) }, () => {
      s.off('error', reject);
      resolve(s);
    });
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host =
    !opts.host || opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}`,
    setEmbed: (update) => app.setEmbed(update),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Static pages, nothing worth waiting for: a browser that stayed open keeps
        // sockets (idle keep-alive, or a request it is still sending) that would hold close() open.
        (server as Server).closeAllConnections();
      }),
  };
}
