import type { Device } from '../../../../shared/schemas/response.ts';
import type { SiteRange } from './dateRange.ts';

/** One journey of one site over a half-open range [from, to), optionally one device class. */
export interface JourneyRange extends SiteRange {
  journey: string;
  /** null: every device. */
  device: Device | null;
}
