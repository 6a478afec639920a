import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may never reach (unless private targets are allowed):
 * this host, private networks, link-local (where cloud metadata lives,
 * 169.254.169.254 and fd00:ec2::254), carrier-grade NAT (Alibaba's metadata),
 * multicast and reserved ranges, and every IPv4-mapped IPv6 address, which
 * would otherwise reach the IPv4 ranges by another spelling.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

// Apart: node's BlockList matches IPv4 addresses against this range too.
const ipv4Mapped = new BlockList();
ipv4Mapped.addSubnet('::ffff:0:0', 96, 'ipv6');

/** True for an address a webhook must not reach; anything that is not an IP address counts as blocked. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return blocked.check(address, 'ipv4');
  return blocked.check(address, 'ipv6') || ipv4Mapped.check(address, 'ipv6');
}
