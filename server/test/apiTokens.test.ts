import { describe, expect, it } from 'vitest';
import { addTestApiToken, addTestUser, dashboardWrite, PASSWORD, sessionAs } from './accounts.ts';
import { testApp } from './testApp.ts';

describe('personal API tokens', () => {
  async function setUp(role: 'viewer' | 'member' | 'admin' = 'member') {
    const t = testApp();
    const user = await addTestUser(t.db, 'ana@team.example', role, PASSWORD, [t.site.id]);
    const session = await sessionAs(t.app, 'ana@team.example');
    const request = (path: string, init: { method?: string; body?: unknown } = {}) =>
      t.app.request(path, { method: init.method ?? 'GET', headers: dashboardWrite(session), body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    return { ...t, user, session, request };
  }

  it('shows a new token once, stores only its hash, and lets it act with the owner’s role', async () => {
    const { app, db, request, site } = await setUp('member');
    const created = await request('/api/me/tokens', { method: 'POST', body: { name: 'CI export' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { token, id, name } = await created.json();
    expect(token).toMatch(/^tp_pat_[A-Za-z0-9_-]{43}$/);
    expect(name).toBe('CI export');
    expect(JSON.stringify(db.prepare('SELECT * FROM api_tokens').all())).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.request(`/api/sites/${site.key}/summary`, { headers: bearer })).status).toBe(200);
    // A member may edit touchpoints but not delete data.
    const put = await app.request(`/api/sites/${site.key}/touchpoints`, {
      method: 'PUT',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ stages: [], touchpoints: [] }),
    });
    expect(put.status).not.toBe(403);
    expect((await app.request(`/api/sites/${site.key}/responses?confirm=${site.key}`, { method: 'DELETE', headers: bearer })).status).toBe(403);

    const listed = await (await request('/api/me/tokens')).json();
    expect(listed.tokens).toEqual([{ id, name: 'CI export', createdAt: expect.any(String), lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('stops a revoked token at once with 401, and only its owner (or an admin) can revoke it', async () => {
    const { app, db, request } = await setUp('viewer');
    const { token, id } = await (await request('/api/me/tokens', { method: 'POST', body: { name: 'laptop' } })).json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.request('/api/sites', { headers: bearer })).status).toBe(200);

    await addTestUser(db, 'bo@team.example', 'viewer');
    const bo = await sessionAs(app, 'bo@team.example');
    const notHis = await app.request(`/api/me/tokens/${id}`, { method: 'DELETE', headers: dashboardWrite(bo) });
    expect(notHis.status).toBe(404);
    expect((await app.request('/api/sites', { headers: bearer })).status).toBe(200);

    expect((await request(`/api/me/tokens/${id}`, { method: 'DELETE' })).status).toBe(204);
    const revoked = await app.request('/api/sites', { headers: bearer });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.code).toBe('unauthorized');
    expect((await (await request('/api/me/tokens')).json()).tokens).toEqual([]);
  });

  it('lets an admin list and revoke another user’s tokens', async () => {
    const { app, user, request, admin } = await setUp('viewer');
    const { token, id } = await (await request('/api/me/tokens', { method: 'POST', body: { name: 'old script' } })).json();
    const theirs = await (await admin(`/api/users/${user.id}/tokens`)).json();
    expect(theirs.tokens.map((t: { name: string }) => t.name)).toEqual(['old script']);
    expect((await admin(`/api/users/${user.id}/tokens/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request('/api/sites', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('ends with the account: removing the user makes its tokens 401', async () => {
    const { app, user, request, admin } = await setUp('admin');
    const { token } = await (await request('/api/me/tokens', { method: 'POST', body: { name: 'ops' } })).json();
    expect((await admin(`/api/users/${user.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request('/api/sites', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('needs a name, and is not for the admin token, which belongs to no account', async () => {
    const { request, admin } = await setUp();
    expect((await request('/api/me/tokens', { method: 'POST', body: { name: '  ' } })).status).toBe(400);
    const res = await admin('/api/me/tokens', { method: 'POST', body: JSON.stringify({ name: 'x' }) });
    expect(res.status).toBe(403);
  });
});

describe('when API tokens end', () => {
  const json = (body: unknown) => JSON.stringify(body);
  async function withToken(role: 'viewer' | 'admin' = 'viewer') {
    const t = testApp();
    const user = await addTestUser(t.db, 'ana@team.example', role);
    const session = await sessionAs(t.app, 'ana@team.example');
    const token = addTestApiToken(t.db, user.id);
    const bearer = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const works = async () => (await t.app.request('/api/me', { headers: bearer })).status === 200;
    return { ...t, user, session, bearer, works };
  }

  it('revokes them when the password changes, with the session that changed it', async () => {
    const { app, session, works } = await withToken();
    expect(await works()).toBe(true);
    const res = await app.request('/api/me/password', {
      method: 'POST',
      headers: dashboardWrite(session),
      body: json({ current: PASSWORD, next: 'a brand new password' }),
    });
    expect(res.status).toBe(200);
    expect(await works()).toBe(false);
  });

  it('revokes them on “sign out everywhere”', async () => {
    const { app, session, works } = await withToken();
    const res = await app.request('/auth/logout-everywhere', { method: 'POST', headers: dashboardWrite(session), body: '{}' });
    expect(await res.json()).toEqual({ ok: true, ended: 1, revokedTokens: 1 });
    expect(await works()).toBe(false);
  });

  it('revokes them when the account is disabled, for good: enabling it again does not bring them back', async () => {
    const { admin, user, works } = await withToken();
    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ disabled: true }) });
    expect(await works()).toBe(false);
    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ disabled: false }) });
    expect(await works()).toBe(false);
  });

  it('does not bring back a token of an account disabled before disabling revoked them', async () => {
    const { db, admin, user, works } = await withToken();
    db.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(user.id); // as an older version left it
    await admin(`/api/users/${user.id}`, { method: 'PATCH', body: json({ disabled: false }) });
    expect(await works()).toBe(false);
  });

  it('cannot be made, listed, revoked or outlived with a token: account management needs a dashboard session', async () => {
    const { app, db, user, bearer, works } = await withToken('admin');
    const [own] = db.prepare('SELECT id FROM api_tokens WHERE user_id = ?').pluck().all(user.id) as number[];
    const refused = [
      await app.request('/api/me/tokens', { method: 'POST', headers: bearer, body: json({ name: 'another' }) }),
      await app.request('/api/me/tokens', { headers: bearer }),
      await app.request(`/api/me/tokens/${own}`, { method: 'DELETE', headers: bearer }),
      await app.request('/api/me/password', { method: 'POST', headers: bearer, body: json({ current: PASSWORD, next: 'chosen by a thief' }) }),
      // Nor through the team: an account it made could make tokens in turn.
      await app.request('/api/users', { method: 'POST', headers: bearer, body: json({ email: 'x@team.example', password: 'chosen by a thief', role: 'admin' }) }),
      await app.request(`/api/users/${user.id}/tokens`, { headers: bearer }),
      await app.request(`/api/users/${user.id}/tokens/${own}`, { method: 'DELETE', headers: bearer }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
    expect(db.prepare('SELECT count(*) FROM api_tokens').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(1);
    expect(await works()).toBe(true);
    expect((await app.request('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ email: 'ana@team.example', password: PASSWORD }) })).status).toBe(200);
  });
});
