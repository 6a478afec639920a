import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ReplyLang } from '../../../shared/schemas/cases.ts';
import type { Db } from '../db/openDatabase.ts';
import { linkKey } from '../db/queries/mail/linkKey.ts';

/** What a link in a mail stands for: an opt-out of a site's mail, or the way back to the shop from a case's reply. */
export type LinkPayload =
  // `lang`: the mail's, for the unsubscribe page's words (absent in links mailed before it was kept: English).
  | { kind: 'opt-out'; site: number; email: string; lang?: ReplyLang }
  | { kind: 'back'; site: number; case: number; to: string };

function mac(db: Db, body: string): string {
  return createHmac('sha256', linkKey(db)).update(body).digest('base64url');
}

/**
 * A token for a link in a mail: the payload and its HMAC under the database's
 * own key (db/migrations/mail.ts), so a shopper can neither forge another
 * address's opt-out nor a recovery on another case. It needs no storage and
 * outlives the mail log.
 */
export function signLink(db: Db, payload: LinkPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(db, body)}`;
}

/** The payload of a token this database signed; undefined for anything else. */
export function verifyLink(db: Db, token: string): LinkPayload | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(db, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkPayload;
  } catch {
    return undefined;
  }
}
