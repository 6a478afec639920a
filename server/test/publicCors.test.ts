import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/http/ApiError.ts';
import { notFound, onError } from '../src/http/onError.ts';
import { publicCors } from '../src/http/publicCors.ts';

/** The same /v1-like routes behind a CORS middleware: answers of every kind the public endpoints give. */
function appWith(middleware: ReturnType<typeof publicCors>) {
  const app = new Hono();
  app.onError(onError);
  app.notFound(notFound);
  app.use('/v1/*', middleware);
  app.post('/v1/responses', (c) => c.json({ id: 'r1' }, 202));
  app.post('/v1/refused', () => {
    throw new ApiError(429, 'rate_limited', 'Too many.', undefined, { 'Retry-After': '7', Connection: 'close' });
  });
  app.get('/v1/sites/s/config', (c) => c.body('{}', 200, { 'Content-Type': 'application/json', 'Cache-Control': 'max-age=60' }));
  app.get('/v1/link', (c) => c.redirect('https://shop.example/', 302));
  app.get('/v1/page', (c) => c.html('<p>ok</p>'));
  app.post('/v1/broken', () => {
    throw new Error('boom');
  });
  return app;
}

const requests: [string, RequestInit][] = [
  ['/v1/responses', { method: 'POST', body: '{}', headers: { origin: 'https://shop.example', 'content-type': 'text/plain' } }],
  ['/v1/responses', { method: 'POST', body: '{}' }],
  ['/v1/refused', { method: 'POST', headers: { origin: 'https://a.example' } }],
  ['/v1/sites/s/config', { headers: { origin: 'https://shop.example' } }],
  ['/v1/link', {}],
  ['/v1/page', {}],
  ['/v1/broken', { method: 'POST' }],
  ['/v1/nothing', { headers: { origin: 'https://shop.example' } }],
  ['/v1/responses', { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } }],
  [
    '/v1/responses',
    { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } },
  ],
];

describe('publicCors', () => {
  it('answers every kind of /v1 request with the status, headers and body of Hono’s cors as the collector configured it', async () => {
    const hono = appWith(
      cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], exposeHeaders: ['Retry-After'], maxAge: 86400 }),
    );
    const ours = appWith(publicCors());
    const seen = async (res: Response) => ({ status: res.status, headers: [...res.headers].sort(), body: await res.text() });
    for (const [path, init] of requests) {
      const expected = await seen(await hono.request(path, init));
      expect(await seen(await ours.request(path, init)), `${init.method ?? 'GET'} ${path}`).toEqual(expected);
    }
    const refused = await ours.request('/v1/refused', { method: 'POST' });
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });
});
