import type { z } from 'zod';

type Schema = z.ZodType;

/** A request or response body: its zod schema (the route's own) and an example it accepts. */
export interface ApiBody {
  /** The schema the route validates with; a function of the collector's clock when the route's is (the import). */
  schema: Schema | ((now: number) => Schema);
  example: unknown;
  /** Default `application/json`. */
  contentType?: string;
}

export interface ApiAnswer {
  status: number;
  description: string;
  /** Omitted for an empty answer (204) or a non-JSON one described in words. */
  schema?: Schema;
  example?: unknown;
  /** Default `application/json`. */
  contentType?: string;
}

/**
 * One route in `/api/openapi.json`: written beside its peers in `paths/<route module>.ts`,
 * with the same zod schemas the route validates with, so the document cannot
 * describe a shape the route does not take (server/test/openapi.test.ts sends
 * each example to the route). Auth, path parameters and the usual errors are
 * added by `buildOpenApi` from the method, the path and auth/routeRoles.ts.
 */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As Hono registers it, e.g. `/api/sites/:siteKey/summary`. */
  path: string;
  /** A group in the reference, e.g. `Sites`. */
  tag: string;
  summary: string;
  description?: string;
  /** The query the route validates, and an example of it it accepts. */
  query?: { schema: Schema; example: Record<string, string> };
  body?: ApiBody;
  answer: ApiAnswer;
  /** Statuses beyond those every route of its kind has (see buildOpenApi's `errorsFor`), each with why. */
  errors?: Record<number, string>;
  /** Only with a dashboard session or the admin token: API tokens are refused (auth/refuseApiTokens.ts). */
  noApiTokens?: boolean;
}
