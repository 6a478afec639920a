import type { Device } from '../../../shared/schemas/response.ts';

/**
 * The device class from the User-Agent, as the collector computes it
 * (server/src/http/deviceFromUserAgent.ts; widget/test/deviceType.test.ts keeps
 * them in step), plus iPads, which present themselves as Macs with a touch screen.
 */
export function deviceType(ua: string, maxTouchPoints = 0): Device {
  if (/iPad|Tablet|PlayBook|Silk|Android(?!.*Mobile)/i.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone/i.test(ua)) return 'mobile';
  return 'desktop';
}
