import type { MessagePort } from 'node:worker_threads';
import { openReadOnly } from '../db/openReadOnly.ts';
import { runView } from './viewCatalog.ts';
import { replyOfError, type ViewReply, type ViewRequest } from './viewMessages.ts';

/** A view worker's loop: its own read-only connection to `file`, and one view at a time, as asked on `port`. */
export function serveViews(port: MessagePort, file: string): void {
  const db = openReadOnly(file);
  port.on('message', ({ name, params, now }: ViewRequest) => {
    let reply: ViewReply;
    try {
      reply = { ok: true, json: runView(db, name, params as never, now) };
    } catch (err) {
      reply = replyOfError(err);
    }
    port.postMessage(reply);
  });
}
