import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface SiteRetention {
  id: number;
  retentionDays: number;
}

export function listSiteRetention(db: Db): SiteRetention[] {
  return statement(db, 'SELECT id, retention_days AS retentionDays FROM sites ORDER BY id').all() as SiteRetention[];
}
