import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/openDatabase.ts';
import { currentResponseTokenKey, responseTokenKey } from '../db/queries/channels/responseTokenKeys.ts';

/** The channels a survey link can be sent through (the stored answer's `channel`). */
export type LinkChannel = 'email' | 'sms' | 'store' | 'web';

/**
 * What a survey link sent outside the website stands for. `recipient` is an
 * opaque reference (an invitation's id), never the address itself, so a
 * forwarded link reveals nothing; `exp` is ms since epoch.
 */
export interface ResponseTokenPayload {
  site: number;
  survey: string;
  campaign: string;
  recipient: string;
  channel: LinkChannel;
  exp: number;
}

export type TokenCheck =
  | { ok: true; payload: ResponseTokenPayload; version: number; answerId: string }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

function mac(secret: Buffer, signed: string): string {
  return createHmac('sha256', secret).update(signed).digest('base64url');
}

/**
 * `v<key version>.<payload>.<hmac>`: the version travels in the clear so the
 * right key is found after a rotation; the HMAC covers it too, so a token
 * cannot be moved to another key.
 */
export function signResponseToken(db: Db, payload: ResponseTokenPayload): string {
  const key = currentResponseTokenKey(db);
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signed = `v${key.version}.${body}`;
  return `${signed}.${mac(key.secret, signed)}`;
}

/**
 * The payload of a token this collector signed and that has not expired.
 * `answerId` is derived from the signature, so every click on the same link
 * names the same stored answer (a later click updates it, never adds one),
 * and two recipients never share one.
 */
export function verifyResponseToken(db: Db, token: string, now: number): TokenCheck {
  const match = /^v(\d{1,9})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, versionText, body, signature] = match;
  const key = responseTokenKey(db, Number(versionText));
  if (!key) return { ok: false, reason: 'forged' };
  const expected = Buffer.from(mac(key.secret, `v${versionText}.${body}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  let payload: ResponseTokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ResponseTokenPayload;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!(typeof payload.exp === 'number' && now < payload.exp)) return { ok: false, reason: 'expired' };
  return { ok: true, payload, version: key.version, answerId: `link-${signature.slice(0, 32)}` };
}
