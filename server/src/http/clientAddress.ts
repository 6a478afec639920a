import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { trustedHop } from './trustedHop.ts';

/** What in-process requests (`app.request()` in tests) have instead of a socket. */
export const NO_SOCKET_ADDRESS = 'local';

/**
 * The client's address. From the socket, unless the collector runs behind
 * `trustProxy` reverse proxies (TOUCHPOINT_TRUST_PROXY): then from
 * X-Forwarded-For, the entry that many hops from the right: each trusted proxy
 * appends the address it saw, and anything further left was written by the client
 * and could be forged. Without trusted proxies the header is ignored.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  if (trustProxy > 0) {
    const forwarded = trustedHop(c.req.header('x-forwarded-for'), trustProxy);
    if (forwarded && isIP(forwarded)) return forwarded;
  }
  return socketAddress(c) ?? NO_SOCKET_ADDRESS;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // no Node socket behind this request
  }
}

/**
 * The key an address is rate limited under. IPv6 users usually get a whole /64,
 * so counting per address would let one of them rotate through billions.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  return expandIPv6(address).slice(0, 4).join(':') + '::/64';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
