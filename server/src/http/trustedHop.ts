/**
 * The entry of a comma-separated forwarding header (X-Forwarded-For, -Proto,
 * -Host, Forwarded) that `trustProxy` hops from the right: each trusted proxy
 * appends what it saw, so anything further left was written by the client and
 * could be forged. The leftmost when there are fewer entries.
 */
export function trustedHop(header: string | undefined, trustProxy: number): string | undefined {
  const hops = (header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustProxy)];
}
