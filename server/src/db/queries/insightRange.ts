import type { Device } from '../../../../shared/schemas/response.ts';
import type { SiteRange } from './dateRange.ts';

/** One site over a half-open range [from, to), optionally one device class. */
export interface InsightRange extends SiteRange {
  /** null: every device. */
  device: Device | null;
}
