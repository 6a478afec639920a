import type { MiddlewareHandler } from 'hono';
import { LIMITS } from '../../../shared/limits.ts';
import { bodyLimitJson } from './bodyLimitJson.ts';

/** `POST /api/sites/:siteKey/imports`: the one API body that is a file, not JSON. */
const UPLOAD = /^\/api\/sites\/[^/]+\/imports$/;

/**
 * The `/api` body limit: LIMITS.apiBody for JSON, LIMITS.importFile for an
 * uploaded export, which the route streams to disk as it arrives.
 */
export function apiBodyLimit(): MiddlewareHandler {
  const json = bodyLimitJson(LIMITS.apiBody);
  const upload = bodyLimitJson(LIMITS.importFile);
  return (c, next) => (c.req.method === 'POST' && UPLOAD.test(c.req.path) ? upload(c, next) : json(c, next));
}
