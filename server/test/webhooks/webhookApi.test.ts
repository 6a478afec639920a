import { describe, expect, it } from 'vitest';
import { addTestApiToken, addTestUser } from '../accounts.ts';
import { rating, testApp } from '../testApp.ts';
import { webhookSetup } from './webhookSetup.ts';

const SECRET = /^whsec_[A-Za-z0-9+/]{32}$/;

describe('/api/sites/:siteKey/webhooks', () => {
  it('creates a webhook, shows its secret only in the 201, lists, changes and deletes it', async () => {
    const s = await webhookSetup();
    const base = `/api/sites/${s.site.key}/webhooks`;
    const res = await s.admin(base, { method: 'POST', body: JSON.stringify({ url: s.receiver.url, events: ['feedback.created', 'case.created'], filters: { ratings: [1, 2] } }) });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(created).sort()).toEqual(['events', 'id', 'secret', 'url']);
    expect(created.secret).toMatch(SECRET);

    const list = await (await s.admin(base)).text();
    expect(list).not.toContain('whsec_');
    expect(JSON.parse(list).webhooks).toEqual([
      expect.objectContaining({ id: created.id, kind: 'webhook', url: s.receiver.url, events: ['feedback.created', 'case.created'], filters: { ratings: [1, 2] }, includeText: true, disabled: false, pending: 0, failed: 0 }),
    ]);

    const patched = await s.admin(`${base}/${created.id}`, { method: 'PATCH', body: JSON.stringify({ events: ['problem.flagged'], includeText: false }) });
    expect(patched.status).toBe(200);
    const patchedText = await patched.text();
    expect(JSON.parse(patchedText)).toMatchObject({ events: ['problem.flagged'], includeText: false });
    expect(patchedText).not.toContain('whsec_');

    expect((await s.admin(`${base}/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await (await s.admin(base)).json()).webhooks).toEqual([]);
    expect((await s.admin(`${base}/${created.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses private, loopback and metadata targets and plain http when saving', async () => {
    const t = testApp();
    const base = `/api/sites/${t.site.key}/webhooks`;
    for (const url of ['https://127.0.0.1/hook', 'https://[::1]/hook', 'https://10.0.0.7/hook', 'https://169.254.169.254/latest', 'https://localhost/hook', 'http://hooks.example.com/x']) {
      const res = await t.admin(base, { method: 'POST', body: JSON.stringify({ url, events: ['feedback.created'] }) });
      expect(res.status, url).toBe(400);
      expect((await res.json()).error.issues[0].path).toBe('url');
    }
    const first = await t.admin(base, { method: 'POST', body: JSON.stringify({ url: 'https://169.254.169.254/x', events: ['nope'] }) });
    expect(first.status).toBe(400);
  });

  it('is for admins only', async () => {
    const t = testApp();
    const member = await addTestUser(t.db, 'm@example.com', 'member', undefined, [t.site.id]);
    const token = addTestApiToken(t.db, member.id);
    const res = await t.app.request(`/api/sites/${t.site.key}/webhooks`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
  });

  it('sends each destination only the events its filters pass, and leaves shopper text out where asked', async () => {
    const s = await webhookSetup();
    const base = `/api/sites/${s.site.key}/webhooks`;
    await s.admin(`/api/sites/${s.site.key}/touchpoints`, {
      method: 'PUT',
      body: JSON.stringify({ touchpoints: [{ key: 'checkout', name: 'Checkout', stage: 'during', rules: [{ type: 'prefix', value: '/checkout' }] }] }),
    });
    await s.createHook({ filters: { ratings: [1, 2], touchpoints: ['checkout'] }, includeText: false });
    await s.collect(rating(s.site.key, { rating: 1, path: '/checkout/pay', comment: 'Card declined twice, call me on 0612' }));
    await s.collect(rating(s.site.key, { rating: 5, path: '/checkout/pay', comment: 'fine' }));
    await s.collect(rating(s.site.key, { rating: 1, path: '/product/x', comment: 'meh' }));
    await s.relay.runDue();
    expect(s.receiver.received).toHaveLength(1);
    const { data } = JSON.parse(s.receiver.received[0]!.body);
    expect(data).toMatchObject({ rating: 1, path: '/checkout/pay', comment: null });
    expect(s.receiver.received[0]!.body).not.toContain('declined');
    expect(s.receiver.received[0]!.verified).toBe(true);
  });

  it('sends Slack a readable message with a text fallback and blocks, the comment as plain text', async () => {
    const s = await webhookSetup();
    await s.createHook({ kind: 'slack' });
    await s.collect(rating(s.site.key, { rating: 2, path: '/cart', comment: '<!channel> too slow' }));
    await s.relay.runDue();
    const message = JSON.parse(s.receiver.received[0]!.body);
    expect(message.text).toContain('/cart');
    expect(message.text).toContain('2/5');
    expect(message.blocks).toContainEqual({ type: 'section', text: { type: 'plain_text', text: '<!channel> too slow', emoji: false } });
    expect(JSON.stringify(message.blocks.filter((b: { text?: { type: string } }) => b.text?.type !== 'plain_text'))).not.toContain('<!channel>');
  });

  it('turns survey answers and imported feedback into feedback.created too, once each', async () => {
    const s = await webhookSetup();
    await s.createHook();
    const imported = { ...rating(s.site.key, { rating: 3 }), createdAt: new Date(s.now() - 3_600_000).toISOString(), channel: 'phone' };
    delete (imported as { site?: string }).site;
    const res = await s.admin(`/api/sites/${s.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: [imported] }) });
    expect(res.status).toBe(201);
    await s.relay.runDue();
    await s.relay.runDue();
    expect(s.receiver.received.map((r) => JSON.parse(r.body).data)).toEqual([expect.objectContaining({ id: imported.id, channel: 'phone', rating: 3 })]);
  });
});
