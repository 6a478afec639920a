import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FailureBackoff } from '../src/auth/failureBackoff.ts';
import { addTestUser, PASSWORD, signIn } from './accounts.ts';
import { testApp } from './testApp.ts';

const NOW = Date.parse('2026-03-14T10:00:00Z');

describe('FailureBackoff', () => {
  const rule = { firstDelayMs: 1000, maxDelayMs: 60_000, forgetMs: 15 * 60_000, maxKeys: 100 };

  it('waits 1 s, 2 s, 4 s… after each failure, never more than the cap', () => {
    let now = NOW;
    const backoff = new FailureBackoff(rule, () => now);
    expect(backoff.waitMs('k')).toBe(0);
    const waits = [];
    for (let i = 0; i < 9; i++) {
      backoff.failed('k');
      waits.push(backoff.waitMs('k'));
      now += backoff.waitMs('k');
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(backoff.waitMs('other')).toBe(0);
  });

  it('starts afresh after a quiet spell, or when forgotten', () => {
    let now = NOW;
    const backoff = new FailureBackoff(rule, () => now);
    for (let i = 0; i < 5; i++) backoff.failed('k');
    now += rule.forgetMs;
    expect(backoff.failures('k')).toBe(0);
    backoff.failed('k');
    expect(backoff.waitMs('k')).toBe(1000);
    backoff.forget('k');
    expect(backoff.waitMs('k')).toBe(0);
  });

  it('remembers at most maxKeys keys', () => {
    const backoff = new FailureBackoff({ ...rule, maxKeys: 10 }, () => NOW);
    for (let i = 0; i < 1000; i++) backoff.failed(`k${i}`);
    expect(backoff.failures('k0')).toBe(0);
    expect(backoff.failures('k999')).toBe(1);
  });
});

describe('the sign-in throttle', () => {
  // Only Date is faked: the password hashing still runs for real.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const HOME = '198.51.100.7';

  it('does not let a flood of failures from other addresses stop the real user signing in from theirs', async () => {
    const { app, db } = testApp({ trustProxy: 1 });
    await addTestUser(db, 'ana@team.example', 'admin');
    const attackers = Array.from({ length: 150 }, (_, i) => `203.0.113.${i}`);
    const flood = [];
    for (const address of attackers) flood.push((await signIn(app, { email: 'ANA@team.example', password: `a guess from ${address}` }, from(address))).status);
    expect((await signIn(app, { email: 'ana@team.example', password: PASSWORD }, from(HOME))).status).toBe(200);
    expect(new Set(flood)).toEqual(new Set([401]));
    // A typo first does not stop her either: she waits a second, or a minute while the account is under attack.
    expect((await signIn(app, { email: 'ana@team.example', password: 'typo' }, from(HOME))).status).toBe(401);
    expect((await signIn(app, { email: 'ana@team.example', password: PASSWORD }, from(HOME))).status).toBe(429);
    later(60_000);
    expect((await signIn(app, { email: 'ana@team.example', password: PASSWORD }, from(HOME))).status).toBe(200);
  });

  it('makes each address wait the full minute between tries at an account under attack from many', async () => {
    const { app, db } = testApp({ trustProxy: 1 });
    await addTestUser(db, 'ana@team.example', 'admin');
    for (let i = 0; i < 100; i++) await signIn(app, { email: 'ana@team.example', password: `guess ${i}` }, from(`203.0.113.${i}`));
    later(2000); // past the first, one-second delay
    const again = await signIn(app, { email: 'ana@team.example', password: 'another guess' }, from('203.0.113.1'));
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('58');
  });

  it('makes one address wait 1 s, 2 s, 4 s… at one account, answered at once with 429 and Retry-After', async () => {
    const { app, db } = testApp({ trustProxy: 1 });
    await addTestUser(db, 'ana@team.example', 'admin');
    const guess = () => signIn(app, { email: 'ana@team.example', password: 'a wrong guess' }, from(HOME));
    for (const seconds of [1, 2, 4, 8]) {
      expect((await guess()).status).toBe(401);
      const refused = await guess();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe(String(seconds));
      expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining(`${seconds} second`) } });
      later(seconds * 1000);
    }
    // The same address at another account is not delayed; the right password clears the delay.
    await addTestUser(db, 'bo@team.example', 'viewer');
    expect((await signIn(app, { email: 'bo@team.example', password: PASSWORD }, from(HOME))).status).toBe(200);
    expect((await signIn(app, { email: 'ana@team.example', password: PASSWORD }, from(HOME))).status).toBe(200);
    expect((await guess()).status).toBe(401);
    later(1000);
    expect((await guess()).status).toBe(401);
  });

  it('refuses one address that fails at many accounts with 429 after 20 failures in 15 minutes', async () => {
    const { app, db } = testApp({ trustProxy: 1 });
    // Existing accounts: an unknown e-mail costs a full-strength scrypt, too slow for a test of 20.
    for (let i = 0; i <= 20; i++) await addTestUser(db, `user${i}@team.example`, 'viewer');
    for (let i = 0; i < 20; i++) {
      expect((await signIn(app, { email: `user${i}@team.example`, password: 'password1234' }, from('192.0.2.9'))).status).toBe(401);
    }
    const blocked = await signIn(app, { email: 'user20@team.example', password: 'password1234' }, from('192.0.2.9'));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await signIn(app, { email: 'user20@team.example', password: 'password1234' }, from('192.0.2.10'))).status).toBe(401);
    later(15 * 60_000);
    expect((await signIn(app, { email: 'user20@team.example', password: PASSWORD }, from('192.0.2.9'))).status).toBe(200);
  });

  it('delays admin-token guesses the same way', async () => {
    const { app } = testApp();
    expect((await signIn(app, { token: 'guess-1' })).status).toBe(401);
    const refused = await signIn(app, { token: 'guess-2' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
  });

  it('lets only one of a burst of parallel guesses through to the password check', async () => {
    const { app, db } = testApp({ trustProxy: 1 });
    await addTestUser(db, 'ana@team.example', 'admin');
    const burst = await Promise.all(
      Array.from({ length: 5 }, (_, i) => signIn(app, { email: 'ana@team.example', password: `parallel ${i}` }, from(HOME))),
    );
    expect(burst.map((res) => res.status).sort()).toEqual([401, 429, 429, 429, 429]);
  });

  it('does not count successful sign-ins', async () => {
    const { app, db } = testApp();
    await addTestUser(db, 'ana@team.example', 'admin');
    for (let i = 0; i < 25; i++) expect((await signIn(app, { email: 'ana@team.example', password: PASSWORD })).status).toBe(200);
  });
});

describe('a spent address at sign-in', () => {
  it('gets its 429 before its body is read, so a body that never ends holds nothing open', async () => {
    const { app, db } = testApp();
    for (let i = 0; i < 20; i++) {
      await addTestUser(db, `user${i}@team.example`, 'viewer');
      expect((await signIn(app, { email: `user${i}@team.example`, password: 'a wrong guess' })).status).toBe(401);
    }
    const endless = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"email":')) });
    const answer = app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    const res = await Promise.race([answer, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 1000))]);
    if (res === 'still waiting') throw new Error('the sign-in waited for the body');
    expect(res.status).toBe(429);
    expect((await res.json()).error.code).toBe('rate_limited');
  });

  it('leaves the body limit in place: a sign-in body over 4 KB gets 413', async () => {
    const res = await signIn(testApp().app, { token: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });
});
