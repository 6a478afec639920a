import type { Context, MiddlewareHandler } from 'hono';
import type { AppConfig, AppDeps, IngestionLimits } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import type { TakeToken } from '../db/shared/rateBuckets.ts';
import { ApiError } from './ApiError.ts';
import { botFilter } from './botFilter.ts';
import { addressKey, clientAddress } from './clientAddress.ts';
import { ingestionCounters, type IngestionCounters } from './ingestionCounters.ts';
import { rateBuckets } from './rateLimit.ts';

export const DEFAULT_LIMITS: IngestionLimits = { perAddressPerMinute: 60, perSitePerMinute: 600, maxTracked: 20_000 };

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What stands between the public `/v1` write endpoints and the database: rate
 * limits per client address (before the body is even parsed) and per site, and
 * the bot filter. One per app.
 */
export class IngestionGuard {
  readonly #addresses: TakeToken;
  readonly #sites: TakeToken;
  readonly #isBot: (userAgent?: string) => boolean;
  readonly #trustProxy: number;
  readonly #counters: IngestionCounters;

  constructor(db: Db, config: AppConfig, now: () => number = Date.now) {
    const limits = { ...DEFAULT_LIMITS, ...config.limits };
    this.#addresses = rateBuckets(db, 'address', { perMinute: limits.perAddressPerMinute, maxKeys: limits.maxTracked }, now);
    this.#sites = rateBuckets(db, 'site', { perMinute: limits.perSitePerMinute, maxKeys: limits.maxTracked }, now);
    this.#isBot = botFilter({ dropBots: config.dropBots, allowHeadless: config.allowHeadless });
    this.#trustProxy = config.trustProxy ?? 0;
    this.#counters = ingestionCounters(db);
  }

  clientAddress(c: Context): string {
    return clientAddress(c, this.#trustProxy);
  }

  /**
   * Middleware for `/v1/*`: each address gets its own budget of writes. A
   * refusal reads none of the body, so a client that announces a body and
   * sends it slowly, or never, gets its 429 at once, and the connection is
   * closed rather than kept to drain the body. It is therefore not counted for
   * any site: only the body would say which.
   */
  limitAddresses: MiddlewareHandler = async (c, next) => {
    if (READS.has(c.req.method)) return next();
    const wait = this.#addresses.take(addressKey(this.clientAddress(c)));
    if (wait > 0) throw tooMany(wait, 'from this address', { Connection: 'close' });
    return next();
  };

  /**
   * For a valid submission to a known site: 'drop' for bots (counted, answered
   * as if stored so they learn nothing), 429 when the site's budget is spent.
   */
  admit(c: Context, site: { key: string }): 'store' | 'drop' {
    if (this.#isBot(c.req.header('user-agent'))) {
      this.#counters.botDropped(site.key);
      return 'drop';
    }
    const wait = this.#sites.take(site.key);
    if (wait > 0) {
      this.#counters.rateLimited(site.key);
      throw tooMany(wait, 'for this site');
    }
    return 'store';
  }
}

function tooMany(waitSeconds: number, scope: string, headers: Record<string, string> = {}): ApiError {
  return new ApiError(429, 'rate_limited', `Too many submissions ${scope}. Retry in ${waitSeconds} s.`, undefined, {
    'Retry-After': String(waitSeconds),
    ...headers,
  });
}

/** What the `/v1` write routes get: the app's dependencies and its guard. */
export interface IngestDeps extends AppDeps {
  guard: IngestionGuard;
}
