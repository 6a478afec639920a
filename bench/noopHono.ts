// The ceiling bench/ingest.ts compares the collector with: the same stack
// (Hono on @hono/node-server, one Node process) answering POST /v1/responses
// with a 202 and doing nothing else. Prints its address when listening.

import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().post('/v1/responses', (c) => c.json({ id: 'noop' }, 202));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`listening: http://127.0.0.1:${info.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
