import { describe, expect, it } from 'vitest';
import { deviceFromUserAgent } from '../../server/src/http/deviceFromUserAgent.ts';
import { deviceType } from '../src/surveys/deviceType.ts';

const AGENTS = {
  desktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  androidTablet: 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
};

describe('device type', () => {
  it('is the one the collector records for the same User-Agent', () => {
    for (const [name, ua] of Object.entries(AGENTS)) expect(deviceType(ua), name).toBe(deviceFromUserAgent(ua));
    expect(deviceType(AGENTS.iphone)).toBe('mobile');
    expect(deviceType(AGENTS.androidTablet)).toBe('tablet');
  });

  it('counts an iPad that presents itself as a Mac as a tablet', () => {
    expect(deviceType(AGENTS.mac, 5)).toBe('tablet');
    expect(deviceType(AGENTS.mac, 0)).toBe('desktop');
  });
});
