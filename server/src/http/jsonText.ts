import type { Context } from 'hono';

/** A 200 whose JSON was serialised elsewhere (a view worker), with the header `c.json` would set. */
export function jsonText(c: Context, json: string): Response {
  return c.body(json, 200, { 'Content-Type': 'application/json' });
}
