import type { Channel, Device } from '../../../shared/schemas/response.ts';

/**
 * What a stored row takes from outside the input itself. Live (`POST /v1/responses`):
 * the request's time, the device from the user agent, channel `web`. Imported:
 * the item's own `createdAt`, `device` and `channel`.
 */
export interface StoreMeta {
  siteId: number;
  device?: Device;
  channel: Channel;
  /** privacy/visitorHash.ts: never the address itself; absent for imports. */
  visitorHash?: string;
  createdAt: number;
  receivedAt: number;
  /** Where the input sits in the request, for error paths: '' live, 'responses.3.' imported. */
  at: string;
}
