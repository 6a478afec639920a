import { describe, expect, it } from 'vitest';
import { eventPayloadV1Schema, feedbackDataV1Schema } from '../../../shared/schemas/webhook.ts';
import { RETRY_DELAYS_MS } from '../../src/webhooks/retrySchedule.ts';
import { rating } from '../testApp.ts';
import { verifyWith } from './receiver.ts';
import { webhookSetup } from './webhookSetup.ts';

describe('the webhook relay', () => {
  it('signs every delivery as Standard Webhooks says, and a receiver rejects a tampered body or an old timestamp', async () => {
    const s = await webhookSetup();
    const { id, secret } = await s.createHook();
    const eventId = await s.sendTest(id);
    expect(await s.relay.runDue()).toBe(1);
    const [got] = s.receiver.received;
    expect(got).toMatchObject({ id: eventId, verified: true, timestamp: Math.floor(s.now() / 1000) });
    expect(got!.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(JSON.parse(got!.body)).toMatchObject({ id: eventId, type: 'webhook.test', site: s.site.key, createdAt: new Date(s.now()).toISOString() });
    const headers = { 'webhook-id': got!.id, 'webhook-timestamp': String(got!.timestamp), 'webhook-signature': got!.signature };
    expect(() => verifyWith(secret, got!.body.replace('test event', 'tost event'), headers, s.now)).toThrow(/signature/);
    expect(() => verifyWith(secret, got!.body, headers, () => s.now() + 10 * 60_000)).toThrow(/timestamp/i);
    expect(() => verifyWith('whsec_' + Buffer.alloc(24, 1).toString('base64'), got!.body, headers, s.now)).toThrow(/signature/);
  });

  it('sends feedback.created with the stored row as the export shows it', async () => {
    const s = await webhookSetup();
    await s.createHook();
    const input = rating(s.site.key, { rating: 2, comment: 'The coupon field ate my code', path: '/checkout/payment' });
    expect((await s.collect(input)).status).toBe(202);
    await s.relay.runDue();
    expect(s.receiver.received).toHaveLength(1);
    const body = JSON.parse(s.receiver.received[0]!.body);
    expect(Object.keys(body)).toEqual(['id', 'type', 'createdAt', 'site', 'data']);
    // What the README documents for receivers: the envelope and feedback's data (v1).
    expect(eventPayloadV1Schema.safeParse(body).success).toBe(true);
    expect(feedbackDataV1Schema.safeParse(body.data).success).toBe(true);
    expect(body).toMatchObject({ type: 'feedback.created', site: s.site.key });
    expect(body.data).toMatchObject({ id: input.id, type: 'page_rating', path: '/checkout/payment', rating: 2, comment: 'The coupon field ate my code', channel: 'web' });
    expect(body.data).not.toHaveProperty('visitorHash');
    expect(s.receiver.received[0]!.verified).toBe(true);
  });

  it('retries on the schedule (immediately, 5 s, 5 min, … 24 h), then fails the delivery, disables the destination and logs every attempt', async () => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer(() => ({ status: 500, body: 'boom' }));
    await s.sendTest(id);
    for (const [index, delay] of RETRY_DELAYS_MS.entries()) {
      if (delay > 0) {
        s.advance(delay - 1);
        expect(await s.relay.runDue(), `attempt ${index + 1} is not early`).toBe(0);
        s.advance(1);
      }
      expect(await s.relay.runDue(), `attempt ${index + 1}`).toBe(1);
    }
    expect(s.receiver.received).toHaveLength(10);
    expect(new Set(s.receiver.received.map((r) => r.id)).size).toBe(1);
    expect(s.receiver.received.every((r) => r.verified)).toBe(true);
    s.advance(48 * 3_600_000);
    expect(await s.relay.runDue()).toBe(0);
    expect(await s.hook(id)).toMatchObject({ disabled: true, failed: 1, pending: 0 });
    const log = await s.log(id);
    expect(log.map((d) => d.attempt)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(log.every((d) => d.status === 'failed' && d.httpStatus === 500 && d.responseExcerpt === 'boom')).toBe(true);
  });

  it('shows the next attempt of a delivery being retried, and delivers it when the receiver is back', async () => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer((_, i) => (i === 0 ? { status: 502 } : { status: 204 }));
    const eventId = await s.sendTest(id);
    await s.relay.runDue();
    const [first] = await s.log(id);
    expect(first).toMatchObject({ eventId, attempt: 1, status: 'pending', httpStatus: 502, nextAttemptAt: new Date(s.now() + 5000).toISOString() });
    s.advance(5000);
    await s.relay.runDue();
    const log = await s.log(id);
    expect(log.map((d) => [d.attempt, d.status, d.httpStatus])).toEqual([
      [2, 'delivered', 204],
      [1, 'failed', 502],
    ]);
  });

  it.each([429, 503])('honours Retry-After on %i', async (status) => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer((_, i) => (i === 0 ? { status, headers: { 'retry-after': '120' } } : { status: 200 }));
    await s.sendTest(id);
    await s.relay.runDue();
    s.advance(119_000);
    expect(await s.relay.runDue()).toBe(0);
    s.advance(1000);
    expect(await s.relay.runDue()).toBe(1);
    expect(s.receiver.received).toHaveLength(2);
  });

  it('disables the destination at once on 410 Gone', async () => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer(() => ({ status: 410 }));
    await s.sendTest(id);
    await s.relay.runDue();
    expect(await s.hook(id)).toMatchObject({ disabled: true, disabledReason: expect.stringContaining('410') });
    s.advance(3_600_000);
    expect(await s.relay.runDue()).toBe(0);
    expect(s.receiver.received).toHaveLength(1);
  });

  it('counts a redirect as a failure and does not follow it', async () => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer((d) => (d.headers['x-followed'] ? { status: 200 } : { status: 302, headers: { location: s.receiver.url + '?followed=1' } }));
    await s.sendTest(id);
    await s.relay.runDue();
    expect(s.receiver.received).toHaveLength(1);
    expect((await s.log(id))[0]).toMatchObject({ httpStatus: 302, status: 'pending' });
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const s = await webhookSetup({ timeoutMs: 200 });
    const { id } = await s.createHook();
    s.receiver.answer(() => ({ status: 200, delayMs: 1000 }));
    await s.sendTest(id);
    await s.relay.runDue();
    expect((await s.log(id))[0]).toMatchObject({ attempt: 1, status: 'pending', httpStatus: null, error: expect.stringMatching(/timed out/) });
  });

  it('delivers in order per destination: a later event waits while an earlier one is retried', async () => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer((_, i) => (i === 0 ? { status: 500 } : { status: 200 }));
    const first = await s.sendTest(id);
    const second = await s.sendTest(id);
    await s.relay.runDue();
    expect(s.receiver.received.map((r) => r.id)).toEqual([first]);
    s.advance(5000);
    await s.relay.runDue();
    expect(s.receiver.received.map((r) => r.id)).toEqual([first, first, second]);
  });

  it('replays one failed delivery or all, with the same id', async () => {
    const s = await webhookSetup();
    const { id } = await s.createHook();
    s.receiver.answer(() => ({ status: 410 }));
    const eventId = await s.sendTest(id);
    await s.relay.runDue();
    s.receiver.answer(() => ({ status: 200 }));
    await s.admin(`/api/sites/${s.site.key}/webhooks/${id}`, { method: 'PATCH', body: JSON.stringify({ disabled: false }) });
    const res = await s.admin(`/api/sites/${s.site.key}/webhooks/${id}/replay`, { method: 'POST', body: JSON.stringify({}) });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ eventIds: [eventId] });
    await s.relay.runDue();
    expect(s.receiver.received.map((r) => r.id)).toEqual([eventId, eventId]);
    expect((await s.log(id))[0]).toMatchObject({ attempt: 2, status: 'delivered' });
    const one = await s.admin(`/api/sites/${s.site.key}/webhooks/${id}/replay`, { method: 'POST', body: JSON.stringify({ eventIds: [eventId, 'evt_unknown'] }) });
    expect(await one.json()).toEqual({ eventIds: [eventId] });
    await s.relay.runDue();
    expect(s.receiver.received).toHaveLength(3);
  });

  it('signs with the old and the new secret for 24 h after a rotation, then with the new one only', async () => {
    const s = await webhookSetup();
    const { id, secret: old } = await s.createHook();
    const rotated = await s.admin(`/api/sites/${s.site.key}/webhooks/${id}/rotate-secret`, { method: 'POST' });
    expect(rotated.status).toBe(201);
    const { secret: fresh } = (await rotated.json()) as { secret: string };
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(old);
    s.setSecret(old);
    await s.sendTest(id);
    await s.relay.runDue();
    expect(s.receiver.received[0]!.signature.split(' ')).toHaveLength(2);
    expect(s.receiver.received[0]!.verified).toBe(true);
    s.setSecret(fresh);
    await s.sendTest(id);
    await s.relay.runDue();
    expect(s.receiver.received[1]!.verified).toBe(true);
    s.advance(24 * 3_600_000 + 1);
    s.setSecret(old);
    await s.sendTest(id);
    await s.relay.runDue();
    expect(s.receiver.received[2]!.signature.split(' ')).toHaveLength(1);
    expect(s.receiver.received[2]!.verified).toBe(false);
  });
});
