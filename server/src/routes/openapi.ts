import { Hono } from 'hono';
import type { AppDeps } from '../appContext.ts';
import { buildOpenApi } from '../openapi/buildOpenApi.ts';
import { API_OPERATIONS } from '../openapi/paths/index.ts';

/** `GET /api/openapi.json`: public, so a client generator needs no credentials. Built once per app. */
export function openApiRoutes({ config }: AppDeps) {
  let document: string | undefined;
  return new Hono().get('/openapi.json', (c) => {
    document ??= JSON.stringify(buildOpenApi(API_OPERATIONS, config.now()));
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
}
