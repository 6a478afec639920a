import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/auth/passwordHash.ts';

describe('password hashing (scrypt)', () => {
  it('stores the cost and a per-password salt in the hash, and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash, so equal passwords do not look equal', async () => {
    const cost = { ln: 10, r: 8, p: 1 };
    const [a, b] = await Promise.all([hashPassword('same password here', cost), hashPassword('same password here', cost)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it('verifies with the cost stored in the hash, so raising the default keeps old hashes working', async () => {
    const old = await hashPassword('an older password', { ln: 11, r: 4, p: 2 });
    expect(old).toContain('$ln=11,r=4,p=2$');
    expect(await verifyPassword('an older password', old)).toBe(true);
  });

  it('treats the same text typed composed or decomposed as one password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait, bien s\u00fbr', { ln: 10, r: 8, p: 1 });
    expect(await verifyPassword('cafe\u0301 au lait, bien su\u0302r', hash)).toBe(true);
  });

  it('answers false, never throws, for a malformed or absurdly costly stored hash', async () => {
    for (const stored of ['', 'plain', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA', '$scrypt$ln=30,r=8,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA', '$scrypt$ln=15,r=8,p=1$$']) {
      expect(await verifyPassword('whatever it is', stored)).toBe(false);
    }
  });
});
