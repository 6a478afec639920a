import type { Server, ServerResponse } from 'node:http';

/**
 * Shutting down without cutting off anyone who already asked, as Go's
 * `Server.Shutdown` does: stop accepting, close the connections that are idle,
 * and let every other connection finish the request it is in, answered with
 * `Connection: close` so the client sends nothing more on it. A request a
 * client has not sent yet is refused (ECONNREFUSED: safe to send again), never
 * reset half-way. Install before the server takes connections.
 */
export function gracefulClose(server: Server) {
  let closing = false;
  /** Each response not yet finished, with what was asked, so a cut at shutdown can say which. */
  const unanswered = new Map<ServerResponse, string>();
  server.on('request', (req, res) => {
    if (closing) res.shouldKeepAlive = false;
    unanswered.set(res, `${req.method} ${req.url?.split('?')[0]}`);
    res.once('close', () => {
      unanswered.delete(res);
      // A response whose headers promised keep-alive before the close leaves its connection idle now.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    /** Resolves once every connection is closed: true, or false when `graceMs` ran out and the rest were cut. */
    async close(graceMs: number): Promise<boolean> {
      closing = true;
      for (const res of unanswered.keys()) if (!res.headersSent) res.shouldKeepAlive = false;
      // Bytes a client sent before the signal may still wait in the socket: one
      // turn of the event loop parses them, so their connection no longer looks idle.
      await new Promise((resolve) => setImmediate(resolve));
      // Stops accepting and closes the idle connections; calls back when the last one closes.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        closed.then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
      ]);
      clearTimeout(timer);
      // Which requests outlived the grace says whether a client or a handler held the stop.
      if (!inTime) console.warn(`[touchpoint] shutdown: cut after ${graceMs} ms: ${[...unanswered.values()].join(', ') || 'connections with no request in progress'}`);
      server.closeAllConnections();
      await closed;
      return inTime;
    },
  };
}
