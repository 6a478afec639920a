import type { Touchpoint } from '../../../../../shared/schemas/touchpoint.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** A site's touchpoints in its order (the order decides which matches a page first). */
export function listTouchpoints(db: Db, siteId: number): Touchpoint[] {
  const rows = statement(
    db,
    'SELECT key, name, stage, rules FROM touchpoints WHERE site_id = ? ORDER BY position',
  ).all(siteId) as (Omit<Touchpoint, 'rules'> & { rules: string })[];
  // Rules were validated before they were stored.
  return rows.map((row) => ({ ...row, rules: JSON.parse(row.rules) as Touchpoint['rules'] }));
}
