import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { BridgeAnswer, BridgeReply, BridgeRequest } from './bridgeMessages.ts';

/**
 * How long a caller sleeps for one answer before giving up with an I/O error
 * (a 503 with Retry-After to a client): a dead thread or a hung server must
 * not freeze the collector for good. Longer than any statement should take.
 */
const ANSWER_TIMEOUT_MS = 60_000;

type Request = BridgeRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * A PostgreSQL connection with a synchronous face, so code written for
 * better-sqlite3 runs unchanged: the statement goes to a thread that owns the
 * `pg` clients, and this thread sleeps (Atomics.wait) until that thread posts
 * the answer and flips the shared flag. The event loop is blocked for each
 * round trip, as it is for each SQLite call; ARCHITECTURE.md has the costs.
 * One such thread serves every connection its caller opens.
 */
export class SyncBridge {
  static #thread: { port: MessagePort; signal: Int32Array } | undefined;
  static #connections = 0;
  static #requests = 0;
  readonly #connection = ++SyncBridge.#connections;

  constructor(url: string) {
    const opened = this.#call({ connection: this.#connection, open: url });
    if ('error' in opened) throw Object.assign(new Error(opened.error.message), { code: opened.error.code });
  }

  /** Runs one statement ($n placeholders) on this connection; blocks the calling thread until it answers. */
  query(text: string, values: unknown[], array: boolean): BridgeAnswer {
    return this.#call({ connection: this.#connection, text, values, array });
  }

  #call(request: Request): BridgeAnswer {
    const { port, signal } = (SyncBridge.#thread ??= startThread());
    const id = ++SyncBridge.#requests;
    Atomics.store(signal, 0, 0);
    port.postMessage({ ...request, id });
    const deadline = performance.now() + ANSWER_TIMEOUT_MS;
    for (;;) {
      // Answers to requests given up on may come first: skip them.
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const reply = message.message as BridgeReply;
        if (reply.id === id) return reply.answer;
      }
      const left = deadline - performance.now();
      if (left <= 0) return { error: { message: `PostgreSQL gave no answer in ${ANSWER_TIMEOUT_MS / 1000} s` } };
      Atomics.wait(signal, 0, 0, left);
      Atomics.store(signal, 0, 0);
    }
  }

  close(): void {
    this.#call({ connection: this.#connection, close: true });
  }
}

/**
 * Built JavaScript starts directly; TypeScript source (tests) through tsx's ESM
 * API, as ingest/ingestWriter.ts does. Never what keeps the process alive.
 */
function startThread(): { port: MessagePort; signal: Int32Array } {
  // Beside this module as it runs: its source under tsx, or postgresThread.js beside the built main.js (server/vite.config.ts).
  // By path: under tsx inside a worker thread, this module's URL ends in tsx's `?tsx-namespace=…`.
  const source = new URL(import.meta.url).pathname.endsWith('.ts');
  const entry = new URL(source ? './postgresThread.ts' : './postgresThread.js', import.meta.url);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const options = { workerData: { flag: signal.buffer, port: port2 }, transferList: [port2] };
  let worker: Worker;
  if (!entry.pathname.endsWith('.ts')) worker = new Worker(entry, options);
  else {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
    worker = new Worker(bootstrap, { ...options, eval: true });
  }
  worker.unref();
  port1.unref();
  return { port: port1, signal };
}
