import type { Db } from './db/openDatabase.ts';
import type { ViewRunner } from './views/ViewRunner.ts';

export interface IngestionLimits {
  /** Writes per minute from one client address (IPv6: one /64). */
  perAddressPerMinute: number;
  /** Writes per minute to one site, all addresses together. */
  perSitePerMinute: number;
  /** Addresses (and sites) remembered at most: bounds the memory a flood can take. */
  maxTracked: number;
}

/** Sends the mail outbox after a commit that wrote to it (server/src/mail/mailRelay.ts). */
export interface MailKick {
  kick(): void;
}

export interface AppConfig {
  adminToken: string;
  /** Where the built widget (tp.js and its chunks) lives. */
  widgetDir: string;
  /** Where the built dashboard lives. */
  dashboardDir: string;
  /** Mark cookies Secure even when the dashboard's public origin is http (they always are when it is https). */
  secureCookies: boolean;
  /** TOUCHPOINT_PUBLIC_URL: the dashboard's address as browsers see it, which a sign-in's or a write's Origin must match. */
  publicUrl?: string;
  /** Rate limits of the `/v1` write endpoints; defaults in http/ingestionGuard.ts (60/min per address, 600/min per site). */
  limits?: Partial<IngestionLimits>;
  /** Reverse proxies in front of the collector whose X-Forwarded-For/-Proto/-Host and Forwarded are trusted (default 0: none). */
  trustProxy?: number;
  /** Drop submissions from bots and headless browsers (default true). */
  dropBots?: boolean;
  /** Let HeadlessChrome through while still dropping other bots (browser tests; default false). */
  allowHeadless?: boolean;
  /** Webhooks may target loopback and private addresses, and use http (TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS=1; default false). */
  allowPrivateWebhooks?: boolean;
  /**
   * The collector's clock, in ms since the epoch. Every "now" a request needs
   * (when a row was received, the default range of a view, session expiry, the
   * day's visitor salt) comes from here, so tests pin it instead of depending
   * on the day they run; startCollector passes Date.now.
   */
  now: () => number;
  /** Sends what is in the mail outbox; without it mail waits there (tests that do not look at mail). */
  mail?: MailKick;
  /** The From of mail when a site names no sender (TOUCHPOINT_MAIL_FROM). */
  mailFrom?: string;
}

export interface AppDeps {
  db: Db;
  config: AppConfig;
  /** Where the dashboard's views are read: startCollector's worker threads; without it, in-process on `db`. */
  views?: ViewRunner;
}

/** What a route module is given: createApp has settled where views are read. */
export type RouteDeps = AppDeps & { views: ViewRunner };
