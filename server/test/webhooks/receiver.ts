import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  timestamp: number;
  signature: string;
  body: string;
  headers: IncomingHttpHeaders;
  /** The standardwebhooks package accepted the signature (with the secret given at the time). */
  verified: boolean;
  verifyError?: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Answer this late (a timeout test). */
  delayMs?: number;
}

/**
 * Verifies a delivery as a receiver would, with the `standardwebhooks` package
 * (an independent implementation of the signing). `clock` stands in for the
 * receiver's clock when a test moves time: the package reads Date.now().
 */
export function verifyWith(secret: string, body: string, headers: Record<string, string>, clock?: () => number): unknown {
  const wall = Date.now;
  if (clock) Date.now = clock;
  try {
    return new Webhook(secret).verify(body, headers);
  } finally {
    Date.now = wall;
  }
}

/** A real HTTP receiver on 127.0.0.1 that checks every signature and answers as the test says. */
export async function startReceiver(options: { secret?: () => string | undefined; clock?: () => number } = {}) {
  const received: Received[] = [];
  let respond: (delivery: Received, index: number) => Answer = () => ({ status: 200, body: 'ok' });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      };
      const delivery: Received = {
        id: headers['webhook-id'],
        timestamp: Number(headers['webhook-timestamp']),
        signature: headers['webhook-signature'],
        body,
        headers: req.headers,
        verified: false,
      };
      const secret = options.secret?.();
      if (secret) {
        try {
          verifyWith(secret, body, headers, options.clock);
          delivery.verified = true;
        } catch (err) {
          delivery.verifyError = (err as Error).message;
        }
      }
      received.push(delivery);
      const answer = respond(delivery, received.length - 1);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body ?? '');
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer(fn: (delivery: Received, index: number) => Answer) {
      respond = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
