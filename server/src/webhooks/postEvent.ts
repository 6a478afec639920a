import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { guardedLookup } from './targetGuard.ts';

/** A receiver gets 10 s to answer; slower is a failed attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of an answer the delivery log keeps. */
const EXCERPT_BYTES = 500;

export interface PostResult {
  httpStatus?: number;
  retryAfter?: string;
  latencyMs: number;
  responseExcerpt?: string;
  /** Set when no status came back: refused target, connection error, timeout. */
  error?: string;
}

export interface PostOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowPrivate: boolean;
  timeoutMs?: number;
}

/**
 * One POST, never following a redirect (node's http never does), with the
 * SSRF guard at connect time unless private targets are allowed. Resolves with
 * what happened; never rejects.
 */
export function postEvent({ url, body, headers, allowPrivate, timeoutMs = DELIVERY_TIMEOUT_MS }: PostOptions): Promise<PostResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Touchpoint-Webhooks/1', ...headers, 'content-length': Buffer.byteLength(body) },
      lookup: allowPrivate ? undefined : guardedLookup,
      agent: false,
    });
    // One deadline for connect, send and the whole answer.
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    const finish = (result: PostResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    req.on('error', (err) => finish({ latencyMs: latency(), error: err.message }));
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        if (kept < EXCERPT_BYTES) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      });
      res.on('error', (err) => finish({ latencyMs: latency(), httpStatus: res.statusCode, error: err.message }));
      res.on('end', () =>
        finish({
          httpStatus: res.statusCode,
          retryAfter: res.headers['retry-after'],
          latencyMs: latency(),
          responseExcerpt: Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8') || undefined,
        }),
      );
    });
    req.end(body);
  });
}
