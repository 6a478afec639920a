import { caseSettingsSchema, type CaseSettings } from '../../../../../shared/schemas/caseSettings.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** A site's case settings, defaults filled in (a site that never saved any has '{}'). */
export function findCaseSettings(db: Db, siteId: number): CaseSettings {
  const raw = statement(db, 'SELECT case_settings FROM sites WHERE id = ?').pluck().get(siteId) as string | undefined;
  return caseSettingsSchema.parse(JSON.parse(raw ?? '{}'));
}

export function saveCaseSettings(db: Db, siteId: number, settings: CaseSettings): void {
  write(db, () => statement(db, 'UPDATE sites SET case_settings = ? WHERE id = ?').run(JSON.stringify(settings), siteId));
}
