import { describe, expect, it } from 'vitest';
import {
  addTestApiToken,
  addTestUser,
  dashboardWrite,
  PASSWORD,
  sessionAs,
  sessionFrom,
  signIn,
  type TestSession,
} from './accounts.ts';
import { TOKEN, testApp } from './testApp.ts';

type App = ReturnType<typeof testApp>['app'];

const me = (app: App, headers: Record<string, string>) => app.request('/api/me', { headers });
const logout = (app: App, path: string, session: TestSession, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { ...dashboardWrite(session), ...headers }, body: '{}' });

describe('signing in with an e-mail and password', () => {
  it('opens a session with the account role, in httpOnly SameSite cookies, with a readable CSRF cookie', async () => {
    const { app, db } = testApp();
    const ana = await addTestUser(db, 'Ana@Team.example', 'member');
    const res = await signIn(app, { email: 'ana@team.EXAMPLE', password: PASSWORD });
    expect(res.status).toBe(200);
    const [session, csrf] = res.headers.getSetCookie();
    expect(session).toMatch(/^tp_session=.*HttpOnly.*SameSite=Strict/);
    expect(csrf).toMatch(/^tp_csrf=[A-Za-z0-9_-]{43};/);
    expect(csrf).not.toContain('HttpOnly');
    expect(csrf).toContain('SameSite=Strict');
    const who = await me(app, { cookie: sessionFrom(res).cookie });
    expect(await who.json()).toEqual({ email: 'Ana@Team.example', userId: ana.id, role: 'member', via: 'session' });
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const { app, db } = testApp();
    await addTestUser(db, 'ana@team.example', 'admin');
    const wrong = await signIn(app, { email: 'ana@team.example', password: 'not the password' });
    const unknown = await signIn(app, { email: 'nobody@team.example', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('says who is asking at GET /api/me for the admin token, a session of it, and an API token', async () => {
    const { app, db } = testApp();
    const user = await addTestUser(db, 'vic@team.example', 'viewer');
    const token = addTestApiToken(db, user.id);
    expect(await (await me(app, { authorization: `Bearer ${TOKEN}` })).json()).toEqual({ email: null, userId: null, role: 'admin', via: 'admin-token' });
    const adminSession = sessionFrom(await signIn(app, { token: TOKEN }));
    expect(await (await me(app, { cookie: adminSession.cookie })).json()).toEqual({ email: null, userId: null, role: 'admin', via: 'session' });
    expect(await (await me(app, { authorization: `Bearer ${token}` })).json()).toEqual({ email: 'vic@team.example', userId: user.id, role: 'viewer', via: 'api-token' });
  });

  it('tells the sign-in page whether the team has accounts yet', async () => {
    const { app, db } = testApp();
    expect(await (await app.request('/auth/methods')).json()).toEqual({ accounts: false });
    await addTestUser(db, 'ana@team.example', 'admin');
    expect(await (await app.request('/auth/methods')).json()).toEqual({ accounts: true });
  });
});

describe('signing out', () => {
  it('ends this session; a sign-out from a page without the CSRF token is refused', async () => {
    const { app, db } = testApp();
    await addTestUser(db, 'ana@team.example', 'viewer');
    const session = await sessionAs(app, 'ana@team.example');
    expect((await logout(app, '/auth/logout', session, { 'x-csrf-token': '' })).status).toBe(403);
    expect((await me(app, { cookie: session.cookie })).status).toBe(200);
    const res = await logout(app, '/auth/logout', session);
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).toMatch(/tp_session=;.*tp_csrf=;/);
    expect((await me(app, { cookie: session.cookie })).status).toBe(401);
  });

  it('everywhere: ends every session of the account, and no one else’s', async () => {
    const { app, db } = testApp();
    await addTestUser(db, 'ana@team.example', 'admin');
    await addTestUser(db, 'bo@team.example', 'admin');
    const laptop = await sessionAs(app, 'ana@team.example');
    const phone = await sessionAs(app, 'ana@team.example');
    const other = await sessionAs(app, 'bo@team.example');
    expect((await logout(app, '/auth/logout-everywhere', phone, { 'x-csrf-token': '' })).status).toBe(403);
    const res = await logout(app, '/auth/logout-everywhere', phone);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, ended: 2, revokedTokens: 0 });
    expect((await me(app, { cookie: laptop.cookie })).status).toBe(401);
    expect((await me(app, { cookie: phone.cookie })).status).toBe(401);
    expect((await me(app, { cookie: other.cookie })).status).toBe(200);
  });

  it('everywhere from an admin-token session ends the admin-token sessions only', async () => {
    const { app, db } = testApp();
    await addTestUser(db, 'ana@team.example', 'admin');
    const a = sessionFrom(await signIn(app, { token: TOKEN }));
    const b = sessionFrom(await signIn(app, { token: TOKEN }));
    const ana = await sessionAs(app, 'ana@team.example');
    expect((await logout(app, '/auth/logout-everywhere', a)).status).toBe(200);
    expect((await me(app, { cookie: b.cookie })).status).toBe(401);
    expect((await me(app, { cookie: ana.cookie })).status).toBe(200);
  });
});

describe('the team (users API)', () => {
  const json = (body: unknown) => JSON.stringify(body);

  it('lets an admin add, list, change and remove accounts', async () => {
    const { app, admin } = testApp();
    const created = await admin('/api/users', { method: 'POST', body: json({ email: 'cy@team.example', password: 'twelve chars!', role: 'viewer' }) });
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(user).toEqual({ id: expect.any(Number), email: 'cy@team.example', role: 'viewer', disabled: false, createdAt: expect.any(String), sites: [] });
    expect(JSON.stringify(user)).not.toMatch(/scrypt|password/);
    expect((await sessionAs(app, 'cy@team.example', 'twelve chars!')).csrf).not.toBe('');

    const patched = await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ role: 'member' }) });
    expect(await patched.json()).toMatchObject({ role: 'member', disabled: false });
    const list = await (await admin('/api/users')).json();
    expect(list.users.map((u: { email: string; role: string }) => [u.email, u.role])).toEqual([['cy@team.example', 'member']]);
    expect((await admin(`/api/users/${user.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`/api/users/${user.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await signIn(app, { email: 'cy@team.example', password: 'twelve chars!' })).status).toBe(401);
  });

  it('refuses short passwords, bad e-mails, unknown roles, and a second account for an e-mail in another case', async () => {
    const { admin } = testApp();
    const bad = await admin('/api/users', { method: 'POST', body: json({ email: 'not an email', password: 'short', role: 'owner' }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['email', 'password', 'role']);
    await admin('/api/users', { method: 'POST', body: json({ email: 'dee@team.example', password: 'long enough password', role: 'viewer' }) });
    const twice = await admin('/api/users', { method: 'POST', body: json({ email: 'DEE@team.example', password: 'long enough password', role: 'admin' }) });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.code).toBe('conflict');
  });

  it('locks a disabled account out at once: its sessions, its API tokens and sign-in; enabling lets it sign in again', async () => {
    const { app, db, admin } = testApp({ trustProxy: 1 });
    const user = await addTestUser(db, 'eve@team.example', 'member');
    const session = await sessionAs(app, 'eve@team.example');
    const token = addTestApiToken(db, user.id);
    expect((await me(app, { authorization: `Bearer ${token}` })).status).toBe(200);

    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ disabled: true }) });
    expect((await me(app, { cookie: session.cookie })).status).toBe(401);
    expect((await me(app, { authorization: `Bearer ${token}` })).status).toBe(401);
    const refused = await signIn(app, { email: 'eve@team.example', password: PASSWORD }, { 'x-forwarded-for': '192.0.2.1' });
    expect(refused.status).toBe(401);
    expect(refused.headers.getSetCookie()).toEqual([]);

    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ disabled: false }) });
    expect((await signIn(app, { email: 'eve@team.example', password: PASSWORD })).status).toBe(200);
  });

  it('answers a disabled account’s right password exactly like a wrong one, so the answer does not confirm it', async () => {
    const { app, db, admin } = testApp({ trustProxy: 1 });
    const user = await addTestUser(db, 'ida@team.example', 'member');
    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ disabled: true }) });
    const right = await signIn(app, { email: 'ida@team.example', password: PASSWORD }, { 'x-forwarded-for': '192.0.2.1' });
    const wrong = await signIn(app, { email: 'ida@team.example', password: 'not the password' }, { 'x-forwarded-for': '192.0.2.2' });
    const unknown = await signIn(app, { email: 'nobody@team.example', password: PASSWORD }, { 'x-forwarded-for': '192.0.2.3' });
    expect([right.status, wrong.status, unknown.status]).toEqual([401, 401, 401]);
    const body = await wrong.json();
    expect(await right.json()).toEqual(body);
    expect(await unknown.json()).toEqual(body);
    expect(right.headers.getSetCookie()).toEqual([]);
  });

  it('applies a role change to live sessions on their next request', async () => {
    const { app, db, admin } = testApp();
    const user = await addTestUser(db, 'fay@team.example', 'member');
    const session = await sessionAs(app, 'fay@team.example');
    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ role: 'viewer' }) });
    expect(await (await me(app, { cookie: session.cookie })).json()).toMatchObject({ role: 'viewer' });
  });

  it('keeps an admin from removing, disabling or demoting their own account', async () => {
    const { app, db } = testApp();
    const self = await addTestUser(db, 'gus@team.example', 'admin');
    const session = await sessionAs(app, 'gus@team.example');
    for (const [method, body] of [['PATCH', { disabled: true }], ['PATCH', { role: 'member' }], ['DELETE', undefined]] as const) {
      const res = await app.request(`/api/users/${self.id}`, { method, headers: dashboardWrite(session), body: body && json(body) });
      expect(res.status).toBe(403);
    }
    expect((await me(app, { cookie: session.cookie })).status).toBe(200);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, then signs out the other sessions and keeps this browser signed in', async () => {
    const { app, db } = testApp({ trustProxy: 1 });
    await addTestUser(db, 'hal@team.example', 'viewer');
    const here = await sessionAs(app, 'hal@team.example');
    const elsewhere = await sessionAs(app, 'hal@team.example');
    const change = (body: unknown) => app.request('/api/me/password', { method: 'POST', headers: dashboardWrite(here), body: JSON.stringify(body) });

    const wrong = await change({ current: 'not my password', next: 'a brand new password' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.issues).toEqual([{ path: 'current', message: 'is not your current password' }]);
    expect((await change({ current: PASSWORD, next: 'too short' })).status).toBe(400);

    const res = await change({ current: PASSWORD, next: 'a brand new password' });
    expect(res.status).toBe(200);
    const renewed = sessionFrom(res);
    expect((await me(app, { cookie: renewed.cookie })).status).toBe(200);
    expect((await me(app, { cookie: here.cookie })).status).toBe(401);
    expect((await me(app, { cookie: elsewhere.cookie })).status).toBe(401);
    expect((await signIn(app, { email: 'hal@team.example', password: PASSWORD }, { 'x-forwarded-for': '192.0.2.1' })).status).toBe(401);
    expect((await signIn(app, { email: 'hal@team.example', password: 'a brand new password' })).status).toBe(200);
  });
});
