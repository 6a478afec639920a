import type { Webhook } from '../../../../../shared/schemas/webhook.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toEndpoint, toWebhook, type EndpointRow } from './endpointRow.ts';

/** A site's destinations, oldest first, each with how many deliveries wait and how many failed. */
export function listEndpoints(db: Db, siteId: number): Webhook[] {
  const rows = statement(
    db,
    `SELECT e.*,
            (SELECT count(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.status = 'pending') AS pending,
            (SELECT count(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.status = 'failed') AS failed
       FROM webhook_endpoints e WHERE e.site_id = ? ORDER BY e.id`,
  ).all(siteId) as (EndpointRow & { pending: number; failed: number })[];
  return rows.map((row) => toWebhook(toEndpoint(row), row));
}
