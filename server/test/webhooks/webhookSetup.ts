import { afterEach } from 'vitest';
import { createWebhookRelay, type RelayOptions } from '../../src/webhooks/relay.ts';
import { testApp } from '../testApp.ts';
import { startReceiver } from './receiver.ts';

/**
 * A collector (in process, private targets allowed: the receiver is on
 * 127.0.0.1) with a clock the test moves, a relay on that clock with no
 * jitter, and a receiver that verifies every signature.
 */
export async function webhookSetup(relayOptions: Partial<RelayOptions> = {}) {
  let clock = Date.now();
  const now = () => clock;
  const t = testApp({ now, allowPrivateWebhooks: true });
  let secret: string | undefined;
  const receiver = await startReceiver({ secret: () => secret, clock: now });
  cleanups.push(receiver.close);
  const relay = createWebhookRelay(t.db, { now, allowPrivate: true, random: () => 0.5, ...relayOptions });
  const createHook = async (body: Record<string, unknown> = {}) => {
    const res = await t.admin(`/api/sites/${t.site.key}/webhooks`, {
      method: 'POST',
      body: JSON.stringify({ url: receiver.url, events: ['feedback.created'], ...body }),
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
    const created = (await res.json()) as { id: number; secret: string };
    secret = created.secret;
    return created;
  };
  const sendTest = async (id: number) => {
    const res = await t.admin(`/api/sites/${t.site.key}/webhooks/${id}/test`, { method: 'POST' });
    return ((await res.json()) as { eventIds: string[] }).eventIds[0]!;
  };
  const log = async (id: number) => {
    const res = await t.admin(`/api/sites/${t.site.key}/webhooks/${id}/deliveries`);
    return ((await res.json()) as { deliveries: Record<string, unknown>[] }).deliveries;
  };
  const hook = async (id: number) => {
    const res = await t.admin(`/api/sites/${t.site.key}/webhooks`);
    return ((await res.json()) as { webhooks: Record<string, unknown>[] }).webhooks.find((w) => w.id === id)!;
  };
  return {
    ...t,
    receiver,
    relay,
    createHook,
    sendTest,
    log,
    hook,
    now,
    advance: (ms: number) => (clock += ms),
    setSecret: (s: string) => (secret = s),
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()));
});
