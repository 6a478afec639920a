import type { Db } from '../../db/openDatabase.ts';
import type { Endpoint } from '../../db/queries/webhooks/endpointRow.ts';
import { findEndpoint } from '../../db/queries/webhooks/findEndpoint.ts';
import { ApiError } from '../ApiError.ts';
import { idParam } from './idParam.ts';

/** The site's destination named by the path; another site's is a 404 like an unknown one. */
export function requireEndpoint(db: Db, siteId: number, rawId: string | undefined): Endpoint {
  const id = idParam(rawId, 'webhook');
  const endpoint = findEndpoint(db, siteId, id);
  if (!endpoint) throw new ApiError(404, 'not_found', `No webhook with id ${id} on this site.`);
  return endpoint;
}
