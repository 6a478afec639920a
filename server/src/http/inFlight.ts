import type { Server } from 'node:http';

/**
 * Counts requests from arrival until their response is fully sent (streamed
 * exports included), so a shutdown can wait for them.
 */
export function trackInFlight(server: Server) {
  let count = 0;
  let idle: (() => void)[] = [];
  server.on('request', (_req, res) => {
    count++;
    res.once('close', () => {
      if (--count === 0) {
        for (const notify of idle) notify();
        idle = [];
      }
    });
  });
  return {
    get count() {
      return count;
    },
    /** Resolves once nothing is in flight, or after `timeoutMs` (false then). */
    whenIdle(timeoutMs: number): Promise<boolean> {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
        idle.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
