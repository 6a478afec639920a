import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { exportColumns, toExportRecord, type ExportRecord } from '../responses/exportRows.ts';
import type { FeedbackTable } from './eventCursors.ts';

export interface StoredFeedback {
  rowid: number;
  siteId: number;
  siteKey: string;
  /** The row as the export shows it, with `caseId`: the case it is in, if one was opened for it by now. */
  record: ExportRecord;
}

/** Rows of `table` stored after `rowid`, in the order they were stored, with their site's key. */
export function feedbackAfter(db: Db, table: FeedbackTable, rowid: number, limit: number): StoredFeedback[] {
  const columns = exportColumns(db, table);
  const rows = statement(
    db,
    `SELECT t.rowid AS __rowid, t.site_id AS __siteId, s.key AS __siteKey, t.*,
            (SELECT case_id FROM case_feedback WHERE ${table === 'responses' ? 'response_id' : 'survey_answer_id'} = t.id) AS __caseId
       FROM ${table} t JOIN sites s ON s.id = t.site_id
      WHERE t.rowid > ? ORDER BY t.rowid LIMIT ?`,
  ).all(rowid, limit) as Record<string, string | number | null>[];
  return rows.map((row) => ({
    rowid: row.__rowid as number,
    siteId: row.__siteId as number,
    siteKey: row.__siteKey as string,
    record: { ...toExportRecord(row, columns), caseId: row.__caseId ?? null },
  }));
}
