import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseInput } from '../../shared/schemas/response.ts';
import { deliver, flushOutbox } from '../src/transport/deliver.ts';
import { outboxItems } from '../src/transport/outbox.ts';
import { installMemoryStorage } from './memoryStorage.ts';

const API = 'https://collector.example';
const payload = (id: string): ResponseInput => ({ type: 'page_rating', id, site: 'site_x', rating: 3, path: '/' });

function answer(status: number, body: unknown = {}, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers });
}

describe('deliver', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    installMemoryStorage();
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts text/plain with keepalive and no credentials, and leaves nothing queued on success', async () => {
    fetchMock.mockResolvedValue(answer(202, { id: 'r_00000001' }));
    expect(await deliver(API, payload('r_00000001'))).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/v1/responses`);
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } });
    expect(JSON.parse(init.body)).toMatchObject({ id: 'r_00000001', rating: 3 });
    expect(outboxItems()).toEqual([]);
  });

  it('keeps the response for later when the network fails', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await deliver(API, payload('r_00000002'))).toEqual({ ok: false, retry: true });
    expect(outboxItems().map((i) => i.payload.id)).toEqual(['r_00000002']);
  });

  it('keeps it on 5xx and 429, honouring Retry-After', async () => {
    fetchMock.mockResolvedValue(answer(429, {}, { 'Retry-After': '120' }));
    const before = Date.now();
    expect(await deliver(API, payload('r_00000003'))).toMatchObject({ ok: false, retry: true, retryAfterMs: 120_000 });
    expect(outboxItems()[0]!.notBefore).toBeGreaterThanOrEqual(before + 120_000);
  });

  it('never retries a 4xx, and reports the collector\'s message', async () => {
    fetchMock.mockResolvedValue(answer(403, { error: { code: 'origin_not_allowed', message: 'Origin not allowed' } }));
    expect(await deliver(API, payload('r_00000004'))).toEqual({
      ok: false,
      retry: false,
      code: 'origin_not_allowed',
      message: 'Origin not allowed',
    });
    expect(outboxItems()).toEqual([]);
  });

  it('sends what is waiting on the next page view and empties the outbox', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue(answer(202));
    await deliver(API, payload('r_00000005'));
    expect(outboxItems()).toHaveLength(1);
    await flushOutbox(API, { freshPageView: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(JSON.parse(fetchMock.mock.calls[1]![1].body).id).toBe('r_00000005');
    expect(outboxItems()).toEqual([]);
  });

  it('waits for the backoff within a page', async () => {
    fetchMock.mockRejectedValue(new TypeError('offline'));
    await deliver(API, payload('r_00000006'));
    await flushOutbox(API);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps at most 20 waiting responses, dropping the oldest', async () => {
    fetchMock.mockRejectedValue(new TypeError('offline'));
    for (let i = 0; i < 25; i++) await deliver(API, payload(`r_${String(i).padStart(8, '0')}`));
    const ids = outboxItems().map((i) => i.payload.id);
    expect(ids).toHaveLength(20);
    expect(ids[0]).toBe('r_00000005');
  });
});
