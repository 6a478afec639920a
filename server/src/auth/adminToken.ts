import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AdminToken {
  token: string;
  /** True when this start generated it: the only time it is printed. */
  generated: boolean;
}

/**
 * The admin token comes from TOUCHPOINT_ADMIN_TOKEN, or from the data directory,
 * or is generated there on first start (readable by the owner only).
 */
export function loadAdminToken(dataDir: string, fromEnv?: string): AdminToken {
  if (fromEnv) return { token: fromEnv, generated: false };
  const file = join(dataDir, 'admin-token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), generated: false };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const token = 'tp_' + randomBytes(24).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  return { token, generated: true };
}
