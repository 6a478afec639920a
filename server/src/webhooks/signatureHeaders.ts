import { createHmac } from 'node:crypto';
import { secretKey } from './secret.ts';

/**
 * The Standard Webhooks headers (https://www.standardwebhooks.com): the event
 * id, the attempt's unix seconds, and `v1,` + base64 HMAC-SHA256 of
 * `id.timestamp.body` per secret, space-separated (both during a rotation).
 * Written here rather than with the `standardwebhooks` package so the tests,
 * which verify with that package, check an independent implementation.
 */
export function signatureHeaders(eventId: string, timestampSeconds: number, body: string, secrets: readonly string[]): Record<string, string> {
  const signed = `${eventId}.${timestampSeconds}.${body}`;
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': secrets.map((secret) => 'v1,' + createHmac('sha256', secretKey(secret)).update(signed).digest('base64')).join(' '),
  };
}
