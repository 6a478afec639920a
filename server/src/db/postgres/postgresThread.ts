import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import pg from 'pg';
import type { BridgeAnswer, BridgeReply, BridgeRequest } from './bridgeMessages.ts';

// The thread that owns the PostgreSQL connections of a blocked caller (syncBridge.ts):
// it runs one statement at a time and wakes the caller after posting the answer.

const { flag, port } = workerData as { flag: SharedArrayBuffer; port: MessagePort };
const signal = new Int32Array(flag);

// Numbers as SQLite gives them: BIGINT (every INTEGER column, count(*)) and NUMERIC
// (sum, avg) as JS numbers, booleans (comparisons in a select list) as 1 and 0.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);
pg.types.setTypeParser(pg.types.builtins.BOOL, (value) => (value === 't' ? 1 : 0));

/** How long opening a connection may take before it fails. */
const CONNECT_TIMEOUT_MS = 10_000;

const clients = new Map<number, { client: pg.Client; connected: Promise<unknown> }>();

function reply(id: number, answer: BridgeAnswer): void {
  port.postMessage({ id, answer } satisfies BridgeReply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', (request: BridgeRequest) => {
  const answer = (message: BridgeAnswer) => reply(request.id, message);
  const failed = (error: unknown) => {
    const { message, code } = error as { message?: string; code?: string };
    // A refused connection to `localhost` is an AggregateError (IPv6 and IPv4) with an empty message: say its code.
    answer({ error: { message: message || code || String(error), ...(code ? { code } : {}) } });
  };
  if ('open' in request) {
    // A host that never answers fails the start within seconds rather than after the bridge's minute.
    const client = new pg.Client({ connectionString: request.open, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // A connection the server dropped fails its next statement, not the thread.
    client.on('error', () => {});
    const connected = client.connect();
    clients.set(request.connection, { client, connected });
    connected.then(() => answer({ rows: [], rowCount: 0 }), failed);
    return;
  }
  const entry = clients.get(request.connection);
  if (!entry) return failed(new Error('The database connection is not open'));
  if ('close' in request) {
    clients.delete(request.connection);
    void entry.client.end().finally(() => answer({ rows: [], rowCount: 0 }));
    return;
  }
  entry.connected
    .then(() => entry.client.query({ text: request.text, values: request.values, ...(request.array ? { rowMode: 'array' } : {}) }))
    .then((result) => answer({ rows: result.rows, rowCount: result.rowCount ?? 0 }), failed);
});
