import { z } from 'zod';
import { errorBodySchema } from '../../../shared/schemas/error.ts';
import { roleForRoute } from '../auth/routeRoles.ts';
import type { ApiAnswer, ApiBody, ApiOperation } from './apiOperation.ts';

type Json = Record<string, unknown>;

/** What each path parameter is, wherever it appears. */
const PARAMETERS: Record<string, { description: string; example: string | number }> = {
  siteKey: { description: 'The site key, as in the embed snippet.', example: 'site_x7Kq2mNp4rT8' },
  id: { description: 'The id of the user or API token the path names.', example: 42 },
  responseId: { description: "The response's id (the client's, e.g. resp_8fK2qLm3Xz).", example: 'resp_8fK2qLm3Xz' },
  tokenId: { description: "The API token's id.", example: 7 },
  journey: { description: "The journey's key.", example: 'checkout' },
  survey: { description: "The survey's key.", example: 'quarterly-nps' },
  tag: { description: 'A tag key of the site’s tag set.', example: 'reliability' },
  caseId: { description: "The case's id.", example: 12 },
  webhookId: { description: "The destination's id.", example: 3 },
  token: { description: 'The signed token of a link in mail to a shopper.', example: 'eyJrIjoib3B0LW91dCJ9.q8ZkV1m3' },
};

const ERROR_REF = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

function bodySchema(body: ApiBody, now: number): z.ZodType {
  return typeof body.schema === 'function' ? body.schema(now) : body.schema;
}

/** `/api/sites/:siteKey` → `/api/sites/{siteKey}` and the names in it. */
function openApiPath(path: string): { path: string; names: string[] } {
  const names: string[] = [];
  const converted = path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, (_, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path: converted, names };
}

/** Under a site, `:id` names a case, a destination or a response (or the comment it holds); else a user. */
function idKind(path: string): string {
  if (path.startsWith('/api/sites/:siteKey/cases/')) return 'caseId';
  if (path.startsWith('/api/sites/:siteKey/webhooks/')) return 'webhookId';
  return path.startsWith('/api/sites/') ? 'responseId' : 'id';
}

/** The errors every route of its kind can answer, then the operation's own. */
function errorsFor(op: ApiOperation, names: string[]): Record<string, unknown> {
  const errors: Record<number, string> = {};
  const isPublic = op.path.startsWith('/v1/');
  if (op.body || op.query) errors[400] = 'The request does not match the schema: `error.issues` lists each bad field by path.';
  if (!isPublic) {
    errors[401] = 'No valid credentials.';
    errors[403] = `The caller's role is below ${roleForRoute(op.method.toUpperCase(), op.path)}, or a dashboard write lacks its CSRF token or comes from another origin.`;
  }
  if (names.length > 0) errors[404] = 'Nothing with that key or id, or a site the caller was not given.';
  if (op.method !== 'get') errors[503] = 'The database could not store it (disk full, read-only, busy): try again later (`Retry-After`).';
  Object.assign(errors, op.errors);
  return Object.fromEntries(Object.entries(errors).map(([status, why]) => [status, ERROR_REF(why)]));
}

function answerObject(answer: ApiAnswer): Json {
  if (!answer.schema && answer.example === undefined && !answer.contentType) return { description: answer.description };
  const media: Json = {};
  if (answer.schema) media.schema = jsonSchema(answer.schema, 'output');
  else media.schema = { type: 'string' };
  if (answer.example !== undefined) media.example = answer.example;
  return { description: answer.description, content: { [answer.contentType ?? 'application/json']: media } };
}

function operationObject(op: ApiOperation, now: number): Json {
  const { names } = openApiPath(op.path);
  const parameters: Json[] = names.map((name) => {
    const known = PARAMETERS[name === 'id' ? idKind(op.path) : name];
    const type = typeof known?.example === 'number' ? 'integer' : 'string';
    return { name, in: 'path', required: true, description: known?.description, schema: { type }, example: known?.example };
  });
  if (op.query) {
    const query = jsonSchema(op.query.schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      const { description, ...rest } = schema;
      parameters.push({ name, in: 'query', required: query.required?.includes(name) ?? false, description, schema: rest, example: op.query.example[name] });
    }
  }
  const isPublic = op.path.startsWith('/v1/') || op.path === '/api/openapi.json';
  const role = roleForRoute(op.method.toUpperCase(), op.path);
  const who = isPublic
    ? 'Public: no credentials.'
    : `Needs the **${role}** role${op.noApiTokens ? ', with a dashboard session or the admin token (API tokens are refused)' : ''}.`;
  const object: Json = {
    operationId: `${op.method}${op.path.replace(/\{[^}]*\}/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ? c.toUpperCase() : ''))}`,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, who].filter(Boolean).join('\n\n'),
    parameters,
    responses: { [op.answer.status]: answerObject(op.answer), ...errorsFor(op, names) },
  };
  if (!isPublic) object.security = op.noApiTokens ? [{ session: [] }, { adminToken: [] }] : [{ bearer: [] }, { session: [] }];
  if (op.body) {
    object.requestBody = {
      required: true,
      content: { [op.body.contentType ?? 'application/json']: { schema: jsonSchema(bodySchema(op.body, now), 'input'), example: op.body.example } },
    };
  }
  return object;
}

/** The OpenAPI 3.1 document of `operations`, as `GET /api/openapi.json` serves it. */
export function buildOpenApi(operations: readonly ApiOperation[], now: number): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) {
    const { path } = openApiPath(op.path);
    paths[path] = { ...paths[path], [op.method]: operationObject(op, now) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Touchpoint',
      version: '1',
      description:
        'The collector’s HTTP API: `/v1` is public, called by the widget from shoppers’ browsers; `/api` is the admin API the dashboard and scripts use. ' +
        'Every error answers one shape, `{ "error": { "code", "message", "issues"? } }`.',
    },
    components: {
      schemas: { Error: jsonSchema(errorBodySchema, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`tp_pat_…`, acting with its account’s role) or the admin token.' },
        adminToken: { type: 'http', scheme: 'bearer', description: 'The admin token (TOUCHPOINT_ADMIN_TOKEN or the data directory’s admin-token file).' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'tp_session',
          description: 'A dashboard session from `POST /auth/login`; writes also send the `tp_csrf` cookie’s value as `X-CSRF-Token` from the dashboard’s origin.',
        },
      },
    },
    paths,
  };
}
