import type { Device } from '../../../shared/schemas/response.ts';

/** The device classes the collector records, in the order the filters offer them. */
export const DEVICES: readonly Device[] = ['desktop', 'mobile', 'tablet'];
