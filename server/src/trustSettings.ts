import type { IngestionLimits } from './appContext.ts';

/** How the collector treats the public: proxies, bots, rate limits. */
export interface TrustSettings {
  /** TOUCHPOINT_TRUST_PROXY: reverse proxies whose X-Forwarded-For is believed (default 0). */
  trustProxy?: number;
  /** TOUCHPOINT_DROP_BOTS=0 stores submissions from bots too (default: dropped). */
  dropBots?: boolean;
  /** TOUCHPOINT_ALLOW_HEADLESS=1 lets headless Chrome through (browser tests); other bots are still dropped. */
  allowHeadless?: boolean;
  /** TOUCHPOINT_RATE_LIMIT_PER_ADDRESS / _PER_SITE: writes per minute (default 60 / 600). */
  limits?: Partial<IngestionLimits>;
  /** TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS=1: webhooks may target loopback and private addresses, and http (tests, the demo). */
  allowPrivateWebhooks?: boolean;
}

function count(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${raw}`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = count(env, name);
  if (value === 0) throw new Error(`${name} must be at least 1`);
  return value;
}

export function trustSettingsFromEnv(env: NodeJS.ProcessEnv): TrustSettings {
  const limits: Partial<IngestionLimits> = {};
  const perAddress = positive(env, 'TOUCHPOINT_RATE_LIMIT_PER_ADDRESS');
  const perSite = positive(env, 'TOUCHPOINT_RATE_LIMIT_PER_SITE');
  if (perAddress) limits.perAddressPerMinute = perAddress;
  if (perSite) limits.perSitePerMinute = perSite;
  return {
    trustProxy: count(env, 'TOUCHPOINT_TRUST_PROXY') ?? 0,
    dropBots: env.TOUCHPOINT_DROP_BOTS !== '0',
    allowHeadless: env.TOUCHPOINT_ALLOW_HEADLESS === '1',
    allowPrivateWebhooks: env.TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS === '1',
    limits,
  };
}
