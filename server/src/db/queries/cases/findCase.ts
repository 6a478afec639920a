import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { CASE_COLUMNS, CASE_FROM, type CaseRow } from './caseRow.ts';

export function findCase(db: Db, siteId: number, id: number): CaseRow | undefined {
  return statement(db, `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.site_id = ? AND c.id = ?`).get(siteId, id) as CaseRow | undefined;
}
