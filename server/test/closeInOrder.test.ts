import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeInOrder } from '../src/http/closeInOrder.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('closeInOrder', () => {
  it('runs each step after the previous one has finished', async () => {
    const order: string[] = [];
    await closeInOrder([
      { name: 'a', run: async () => (await new Promise((r) => setTimeout(r, 5)), order.push('a')) },
      { name: 'b', run: () => order.push('b') },
    ]);
    expect(order).toEqual(['a', 'b']);
  });

  it('names a step that is still running after five seconds, and how long it took', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let t = 0;
    let finish!: () => void;
    const closing = closeInOrder(
      [
        { name: 'quick', run: () => undefined },
        { name: 'the ingest writer thread', run: () => new Promise<void>((r) => (finish = r)) },
      ],
      () => t,
    );
    await vi.advanceTimersByTimeAsync(4_999);
    expect(warn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(warn).toHaveBeenCalledWith('[touchpoint] shutdown: still waiting for the ingest writer thread');
    t = 7_250;
    finish();
    await closing;
    expect(warn).toHaveBeenLastCalledWith('[touchpoint] shutdown: the ingest writer thread took 7250 ms');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('stops at a step that fails, so the database is not closed under a writer', async () => {
    const ran: string[] = [];
    await expect(
      closeInOrder([
        { name: 'x', run: () => Promise.reject(new Error('boom')) },
        { name: 'the database', run: () => ran.push('db') },
      ]),
    ).rejects.toThrow('boom');
    expect(ran).toEqual([]);
  });
});
