// A view worker's entry (viewWorkerPool.ts starts it): its own read-only
// connection to the collector's file, and one view at a time, as asked.
import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnly } from '../db/openReadOnly.ts';
import { runView } from './viewCatalog.ts';
import { replyOfError, type ViewReply, type ViewRequest } from './viewMessages.ts';

const port = parentPort!;
const db = openReadOnly((workerData as { file: string }).file);

port.on('message', ({ name, params, now }: ViewRequest) => {
  let reply: ViewReply;
  try {
    reply = { ok: true, json: runView(db, name, params as never, now) };
  } catch (err) {
    reply = replyOfError(err);
  }
  port.postMessage(reply);
});
