import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';

export function setSurveyCooldown(db: Db, siteId: number, days: number): void {
  statement(db, 'UPDATE sites SET survey_cooldown_days = ? WHERE id = ?').run(days, siteId);
}
