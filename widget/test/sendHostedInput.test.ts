import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendHostedInput } from '../src/hosted/sendHostedInput.ts';

const input = { type: 'survey_answer', id: 'ans_0000000001', question: 'nps', value: 9, path: '/s/site_x/nps' } as const;
const noWait = () => Promise.resolve();

describe('sendHostedInput', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the answer with its link to the survey\'s own endpoint', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response('{}', { status: 202 }));
    vi.stubGlobal('fetch', fetchMock);
    await sendHostedInput('site_x', 'nps', { channel: 'store', campaign: 'receipts' }, input, noWait);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/v1/surveys/site_x/nps/answers');
    expect(JSON.parse(init.body)).toEqual({ ...input, channel: 'store', campaign: 'receipts' });
  });

  it('tries again after a network failure, a 503 or a 429, until it is stored', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response('{}', { status: 503 }))
      .mockResolvedValueOnce(new Response('{}', { status: 429 }))
      .mockResolvedValueOnce(new Response('{}', { status: 202 }));
    vi.stubGlobal('fetch', fetchMock);
    const waits: number[] = [];
    await sendHostedInput('site_x', 'nps', { channel: 'web' }, input, async (ms) => void waits.push(ms));
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([1_000, 4_000, 15_000]);
  });

  it('gives up at once on a refusal, and after its last try offline', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{}', { status: 403 })));
    await expect(sendHostedInput('site_x', 'nps', { channel: 'web' }, input, noWait)).rejects.toThrow('answer refused: 403');
    const offline = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', offline);
    await expect(sendHostedInput('site_x', 'nps', { channel: 'web' }, input, noWait)).rejects.toThrow('network error');
    expect(offline).toHaveBeenCalledTimes(4);
  });
});
