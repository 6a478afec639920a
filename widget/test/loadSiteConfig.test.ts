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

  it('fetches the public config once per visit, then reads it from sessionStorage', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(config), { status: 200 }));
    expect(await loadSiteConfig(API, 'site_x')).toEqual(config);
    expect(await loadSiteConfig(API, 'site_x')).toEqual(config); // the next page
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe(`${API}/v1/sites/site_x/config`);
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
  });

  it('gives undefined, without throwing or caching, when the collector is down or says no', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 404 }));
    fetchMock.mockResolvedValueOnce(new Response('<html>', { status: 200 }));
    expect(await loadSiteConfig(API, 'site_x')).toBeUndefined();
    expect(await loadSiteConfig(API, 'site_x')).toBeUndefined();
    expect(await loadSiteConfig(API, 'site_x')).toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
