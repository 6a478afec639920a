import { describe, expect, it } from 'vitest';
import { testDb } from '../testApp.ts';
import { write } from '../../src/db/write.ts';
import { retireResponseTokenKey, rotateResponseTokenKey } from '../../src/db/queries/channels/responseTokenKeys.ts';
import { signResponseToken, verifyResponseToken, type ResponseTokenPayload } from '../../src/channels/responseToken.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';

const DAY = 86_400_000;
const payload: ResponseTokenPayload = { site: 1, survey: 'post-purchase', campaign: 'dec', recipient: 'inv-1', channel: 'email', exp: TEST_NOW + 30 * DAY };

describe('survey link tokens', () => {
  it('verifies what it signed, with one answer id per token', () => {
    const db = testDb();
    const token = signResponseToken(db, payload);
    const check = verifyResponseToken(db, token, TEST_NOW);
    expect(check).toMatchObject({ ok: true, payload, version: 1 });
    const again = verifyResponseToken(db, token, TEST_NOW + DAY);
    expect(again.ok && check.ok && again.answerId === check.answerId).toBe(true);
    const other = verifyResponseToken(db, signResponseToken(db, { ...payload, recipient: 'inv-2' }), TEST_NOW);
    expect(other.ok && check.ok && other.answerId !== check.answerId).toBe(true);
  });

  it('refuses a tampered payload, another survey, a forged signature and garbage', () => {
    const db = testDb();
    const [version, , signature] = signResponseToken(db, payload).split('.');
    const otherSurvey = Buffer.from(JSON.stringify({ ...payload, survey: 'other' })).toString('base64url');
    expect(verifyResponseToken(db, `${version}.${otherSurvey}.${signature}`, TEST_NOW)).toEqual({ ok: false, reason: 'forged' });
    const elsewhere = signResponseToken(testDb(), payload);
    expect(verifyResponseToken(db, elsewhere, TEST_NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyResponseToken(db, 'not-a-token', TEST_NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyResponseToken(db, `v9.${otherSurvey}.${signature}`, TEST_NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses an expired token', () => {
    const db = testDb();
    const token = signResponseToken(db, payload);
    expect(verifyResponseToken(db, token, payload.exp)).toEqual({ ok: false, reason: 'expired' });
  });

  it('keeps old links working after a rotation, until their key is retired', () => {
    const db = testDb();
    const old = signResponseToken(db, payload);
    const version = write(db, () => rotateResponseTokenKey(db, TEST_NOW));
    expect(version).toBe(2);
    const fresh = signResponseToken(db, payload);
    expect(fresh.startsWith('v2.')).toBe(true);
    expect(verifyResponseToken(db, old, TEST_NOW).ok).toBe(true);
    expect(write(db, () => retireResponseTokenKey(db, 1, TEST_NOW))).toBe(true);
    expect(verifyResponseToken(db, old, TEST_NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyResponseToken(db, fresh, TEST_NOW).ok).toBe(true);
    expect(write(db, () => retireResponseTokenKey(db, 2, TEST_NOW))).toBe(false);
  });
});
