import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostgresLocation } from './db/storage.ts';
import { urlWithoutPassword } from './db/postgres/urlWithoutPassword.ts';
import { trustSettingsFromEnv, type TrustSettings } from './trustSettings.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface ServerSettings extends TrustSettings {
  port: number;
  host: string;
  dataDir: string;
  adminTokenFromEnv?: string;
  widgetDir: string;
  dashboardDir: string;
  publicUrl?: string;
  /** TOUCHPOINT_SMTP_URL: where mail goes (smtp://user:pass@host:587); without it, .eml files in the data directory. */
  smtpUrl?: string;
  /** TOUCHPOINT_MAIL_FROM: the From of mail when a site names no sender. */
  mailFrom?: string;
  /** TOUCHPOINT_DATABASE_URL (and _READ_URL): PostgreSQL instead of the SQLite file in the data directory. */
  postgres?: PostgresLocation;
}

/** Checked at start: sign-in compares every browser's origin with it. */
function publicUrlFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`TOUCHPOINT_PUBLIC_URL must be the dashboard's http(s) address, e.g. https://feedback.example.com, got ${raw}`);
  }
  return raw;
}

/** Checked at start, so a typo is not taken for a file name or a silently ignored setting. */
function postgresUrlFrom(name: string, raw: string): string {
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : undefined;
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new Error(`${name} must be a PostgreSQL address, e.g. postgres://touchpoint:PASSWORD@db.internal:5432/touchpoint, got ${urlWithoutPassword(raw)}`);
  }
  return raw;
}

/** The view threads read from TOUCHPOINT_DATABASE_READ_URL (a replica) when it is set, else from the main database. */
function postgresFromEnv(env: NodeJS.ProcessEnv): PostgresLocation | undefined {
  if (!env.TOUCHPOINT_DATABASE_URL) {
    if (env.TOUCHPOINT_DATABASE_READ_URL) throw new Error('TOUCHPOINT_DATABASE_READ_URL is set without TOUCHPOINT_DATABASE_URL');
    return undefined;
  }
  const url = postgresUrlFrom('TOUCHPOINT_DATABASE_URL', env.TOUCHPOINT_DATABASE_URL);
  const readUrl = env.TOUCHPOINT_DATABASE_READ_URL ? postgresUrlFrom('TOUCHPOINT_DATABASE_READ_URL', env.TOUCHPOINT_DATABASE_READ_URL) : url;
  return { url, readUrl };
}

/** Settings from the environment, with the defaults the README documents. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.TOUCHPOINT_DATA_DIR ?? './data'),
    adminTokenFromEnv: env.TOUCHPOINT_ADMIN_TOKEN || undefined,
    widgetDir: resolve(repoRoot, 'widget/dist'),
    dashboardDir: resolve(repoRoot, 'dashboard/dist'),
    publicUrl: publicUrlFrom(env.TOUCHPOINT_PUBLIC_URL),
    smtpUrl: env.TOUCHPOINT_SMTP_URL || undefined,
    mailFrom: env.TOUCHPOINT_MAIL_FROM || undefined,
    postgres: postgresFromEnv(env),
    ...trustSettingsFromEnv(env),
  };
}
