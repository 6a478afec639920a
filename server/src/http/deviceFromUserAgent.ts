import type { Device } from '../../../shared/schemas/response.ts';

/** A coarse device class from the User-Agent; coarse on purpose (no fingerprinting). */
export function deviceFromUserAgent(userAgent: string | undefined): Device {
  const ua = userAgent ?? '';
  if (/iPad|Tablet|PlayBook|Silk|Android(?!.*Mobile)/i.test(ua)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone/i.test(ua)) return 'mobile';
  return 'desktop';
}
