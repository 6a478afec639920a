import type { StageKey } from '../../../../../shared/schemas/touchpoint.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The stage names a site chose; stages it never renamed are missing. */
export function getStageNames(db: Db, siteId: number): Partial<Record<StageKey, string>> {
  const rows = statement(db, 'SELECT key, name FROM stages WHERE site_id = ?').all(siteId) as { key: StageKey; name: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.name]));
}
