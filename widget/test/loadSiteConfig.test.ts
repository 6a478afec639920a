import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteConfig } from '../../shared/schemas/siteConfig.ts';
import { loadSiteConfig } from '../src/config/loadSiteConfig.ts';
import { installMemoryStorage } from './memoryStorage.ts';

const API = 'https://collector.example';
const config: SiteConfig = { site: 'site_x', name: 'Shop', tab: { enabled: true }, journeys: [], allowedQueryParams: [], appearance: {}, surveys: { cooldownDays: 14, surveys: [] } };

describe('loadSiteConfig', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    installMemoryStorage();
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks on every page view, so a change reaches pages as soon as the HTTP cache lets it', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(config), { status: 200 }));
    expect(await loadSiteConfig(API, 'site_x')).toEqual(config);
    const changed = { ...config, name: 'Shop, renamed' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(changed), { status: 200 }));
    expect(await loadSiteConfig(API, 'site_x')).toEqual(changed); // the next page
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls[0]![0]).toBe(`${API}/v1/sites/site_x/config`);
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
  });

  it("falls back to the visit's last good copy when the collector is down", async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(config), { status: 200 }));
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 503 }));
    expect(await loadSiteConfig(API, 'site_x')).toEqual(config);
    expect(await loadSiteConfig(API, 'site_x')).toEqual(config);
    expect(await loadSiteConfig(API, 'site_x')).toEqual(config);
  });

  it('gives undefined, without throwing, when the collector is down or says no and nothing was kept', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 404 }));
    fetchMock.mockResolvedValueOnce(new Response('<html>', { status: 200 }));
    expect(await loadSiteConfig(API, 'site_x')).toBeUndefined();
    expect(await loadSiteConfig(API, 'site_x')).toBeUndefined();
    expect(await loadSiteConfig(API, 'site_x')).toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
