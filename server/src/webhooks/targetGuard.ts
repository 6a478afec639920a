import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { isBlockedAddress } from './blockedAddress.ts';

/** Why a target is refused, in words an admin can act on; undefined when it may be called. */
export type TargetVerdict = string | undefined;

type Resolve = (host: string) => Promise<LookupAddress[]>;

const resolveAll: Resolve = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The SSRF guard, run when a destination is saved and before each attempt (DNS
 * may have changed since): https only, and no address the host resolves to may
 * be loopback, private, link-local or metadata. `allowPrivate`
 * (TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS=1) lifts both, for tests and the demo.
 */
export async function checkTarget(rawUrl: string, allowPrivate: boolean, resolve: Resolve = resolveAll): Promise<TargetVerdict> {
  if (!URL.canParse(rawUrl)) return 'is not a URL';
  const url = new URL(rawUrl);
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'must use https';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (allowPrivate) return undefined;
  const host = hostOf(url);
  if (isIP(host)) return isBlockedAddress(host) ? `points at ${host}, a loopback, private, link-local or metadata address` : undefined;
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    return `has a host name that does not resolve (${host})`;
  }
  const refused = addresses.find((a) => isBlockedAddress(a.address));
  if (refused) return `resolves to ${refused.address}, a loopback, private, link-local or metadata address`;
  return addresses.length === 0 ? `has a host name that does not resolve (${host})` : undefined;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses blocked addresses at connect time:
 * the addresses checked are the ones connected to, so a name that resolves to
 * a public address for the check and to a private one for the request (DNS
 * rebinding) still cannot reach inside.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => isBlockedAddress(a.address));
    if (refused) {
      const error: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolves to ${refused.address}, a loopback, private, link-local or metadata address`);
      error.code = 'ETARGETREFUSED';
      return callback(error, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
