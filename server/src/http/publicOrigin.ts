import type { Context } from 'hono';
import { trustedHop } from './trustedHop.ts';

export interface PublicOriginSettings {
  /** TOUCHPOINT_PUBLIC_URL: where people open the dashboard; wins over everything the request says. */
  publicUrl?: string;
  /** TOUCHPOINT_TRUST_PROXY: reverse proxies whose forwarded headers are believed (default 0). */
  trustProxy?: number;
}

/**
 * The origin the dashboard is served from as the browser sees it, which a
 * sign-in's or a write's `Origin` must equal. Behind a TLS-terminating proxy the
 * request the collector gets is `http:`, so its own URL is wrong there: the
 * configured public URL is the truth, else (only with trusted proxies) what the
 * proxy forwarded. Without either the forwarded headers are ignored: any client
 * can write them.
 */
export function publicOrigin(c: Context, { publicUrl, trustProxy = 0 }: PublicOriginSettings): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const own = new URL(c.req.url);
  if (trustProxy > 0) {
    const forwarded = forwardedProtoHost(c, trustProxy);
    const proto = forwarded.proto?.toLowerCase();
    if (proto === 'http' || proto === 'https') {
      try {
        return new URL(`${proto}://${forwarded.host ?? own.host}`).origin;
      } catch {
        // A host that is no host: fall back to the request's own origin.
      }
    }
  }
  return own.origin;
}

/** Cookies are `Secure` when configured so or whenever the dashboard's public origin is https. */
export function cookiesSecure(c: Context, settings: PublicOriginSettings & { secureCookies: boolean }): boolean {
  return settings.secureCookies || publicOrigin(c, settings).startsWith('https:');
}

interface ProtoHost {
  proto?: string;
  host?: string;
}

/**
 * X-Forwarded-Proto/-Host when the proxy sent them, else RFC 7239 `Forwarded`;
 * the value the outermost trusted proxy wrote, as for X-Forwarded-For.
 */
function forwardedProtoHost(c: Context, trustProxy: number): ProtoHost {
  const proto = c.req.header('x-forwarded-proto');
  if (proto) return { proto: trustedHop(proto, trustProxy), host: trustedHop(c.req.header('x-forwarded-host'), trustProxy) };
  const element = trustedHop(c.req.header('forwarded'), trustProxy);
  const pairs = element ? forwardedPairs(element) : undefined;
  return { proto: pairs?.get('proto'), host: pairs?.get('host') };
}

/** `for=192.0.2.1;proto=https;host="shop.example"` → its pairs, names lower-cased, quotes removed. */
function forwardedPairs(element: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const pair of element.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const value = pair.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
    if (value) pairs.set(pair.slice(0, at).trim().toLowerCase(), value);
  }
  return pairs;
}
