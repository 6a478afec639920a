import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JourneyEventInput } from '../../shared/schemas/response.ts';
import { sendBeacon } from '../src/transport/sendBeacon.ts';

const API = 'https://collector.example';
const abandoned: JourneyEventInput = {
  type: 'journey_event',
  id: 'e_00000001',
  site: 'site_x',
  visitId: 'v_00000001',
  journey: 'checkout',
  step: 'payment',
  event: 'abandoned',
  path: '/checkout/payment',
  msOnStep: 42_000,
  fieldsTouched: 3,
};

describe('sendBeacon', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('queues the payload with navigator.sendBeacon as a text/plain Blob (no CORS preflight)', async () => {
    const beacon = vi.fn().mockReturnValue(true);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    sendBeacon(API, abandoned, { sendBeacon: beacon });
    const [url, blob] = beacon.mock.calls[0]!;
    expect(url).toBe(`${API}/v1/responses`);
    expect(blob.type).toBe('text/plain');
    expect(JSON.parse(await blob.text())).toEqual(abandoned);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('falls back to a keepalive fetch when the browser will not queue the beacon', () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 202 }));
    vi.stubGlobal('fetch', fetchMock);
    for (const nav of [{ sendBeacon: () => false }, { sendBeacon: () => { throw new TypeError('too big'); } }, {}]) {
      sendBeacon(API, abandoned, nav as unknown as Navigator);
    }
    expect(fetchMock).toHaveBeenCalledTimes(3);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/v1/responses`);
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } });
    expect(JSON.parse(init.body)).toEqual(abandoned);
  });

  it('never throws, even when the fallback fails', () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
    expect(() => sendBeacon(API, abandoned, {} as Navigator)).not.toThrow();
  });
});
