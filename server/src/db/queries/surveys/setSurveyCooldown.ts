import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export function setSurveyCooldown(db: Db, siteId: number, days: number): void {
  write(db, () => statement(db, 'UPDATE sites SET survey_cooldown_days = ? WHERE id = ?').run(days, siteId));
}
