import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    ...trustSettingsFromEnv(env),
  };
}
