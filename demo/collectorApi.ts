// A small client for the collector's admin API, with errors a person can act on.

/** The collector could not be reached, or did not answer like a Touchpoint collector. */
export class CollectorError extends Error {
  override name = 'CollectorError';
}

export interface AdminApi {
  collectorUrl: string;
  adminToken: string;
}

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** Calls `/api/...` with the admin token; returns the parsed JSON or throws a CollectorError. */
export async function adminRequest<T>(
  { collectorUrl, adminToken }: AdminApi,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const base = collectorUrl.replace(/\/+$/, '');
  const send = () =>
    fetch(base + path, {
      method,
      headers: {
        authorization: `Bearer ${adminToken}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  let res: Response;
  try {
    res = await send().catch((err: unknown) => {
      // A kept-alive connection the collector closed while the seed was busy generating rows: the request never
      // reached it. Sent once more when repeating it is harmless (reads, replacements, imports skip stored ids).
      const reset = ['ECONNRESET', 'UND_ERR_SOCKET'].includes(describeNetworkError(err));
      if (reset && (method !== 'POST' || path.endsWith('/import'))) return send();
      throw err;
    });
  } catch (err) {
    throw new CollectorError(
      `Cannot reach the Touchpoint collector at ${base} (${describeNetworkError(err)}). ` +
        'Start it with npm start first, or point TOUCHPOINT_URL at it.',
    );
  }
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw new CollectorError(
      `${method} ${base}${path} answered ${res.status} with something that is not JSON. ` +
        'Is a Touchpoint collector running there? Start it with npm start first, or point TOUCHPOINT_URL at it.',
    );
  }
  if (res.status === 401) {
    throw new CollectorError(
      `The collector at ${base} rejected the admin token. Set TOUCHPOINT_ADMIN_TOKEN, or TOUCHPOINT_DATA_DIR ` +
        'to the directory the collector keeps its data (and admin-token file) in.',
    );
  }
  if (!res.ok) {
    const error = json?.error;
    const issues = Array.isArray(error?.issues) ? ` ${JSON.stringify(error.issues.slice(0, 3))}` : '';
    throw new CollectorError(
      `${method} ${path} failed with ${res.status}` +
        (error ? `: ${error.code}: ${error.message}${issues}` : ` (is this a Touchpoint collector?)`),
    );
  }
  return json as T;
}
