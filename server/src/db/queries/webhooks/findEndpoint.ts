import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toEndpoint, type Endpoint, type EndpointRow } from './endpointRow.ts';

/** A destination of this site, or undefined. */
export function findEndpoint(db: Db, siteId: number, id: number): Endpoint | undefined {
  const row = statement(db, 'SELECT * FROM webhook_endpoints WHERE id = ? AND site_id = ?').get(id, siteId) as EndpointRow | undefined;
  return row && toEndpoint(row);
}

/** A destination by id alone: the relay's lookup. */
export function endpointById(db: Db, id: number): Endpoint | undefined {
  const row = statement(db, 'SELECT * FROM webhook_endpoints WHERE id = ?').get(id) as EndpointRow | undefined;
  return row && toEndpoint(row);
}

/** The site's enabled destinations: who an event may go to. */
export function enabledEndpoints(db: Db, siteId: number): Endpoint[] {
  return (statement(db, 'SELECT * FROM webhook_endpoints WHERE site_id = ? AND disabled_at IS NULL ORDER BY id').all(siteId) as EndpointRow[]).map(
    toEndpoint,
  );
}
