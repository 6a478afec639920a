import type { MessagePort } from 'node:worker_threads';
import { openReader } from '../db/openStorage.ts';
import type { Storage } from '../db/storage.ts';
import { runView } from './viewCatalog.ts';
import { replyOfError, type ViewReply, type ViewRequest } from './viewMessages.ts';

/** A view worker's loop: its own read-only connection to `storage`, and one view at a time, as asked on `port`. */
export function serveViews(port: MessagePort, storage: Storage): void {
  const db = openReader(storage);
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
