import type { CaseNote } from '../../../../../shared/schemas/cases.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export function insertCaseNote(db: Db, note: { caseId: number; author: string | null; text: string; mentions: number[]; at: number }): number {
  const row = statement(
    db,
    'INSERT INTO case_notes (case_id, author, text, mentions, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  ).get(note.caseId, note.author, note.text, JSON.stringify(note.mentions), note.at) as { id: number };
  return row.id;
}

/** A case's notes, oldest first, each mention with the account's current e-mail (a deleted account drops out). */
export function listCaseNotes(db: Db, caseId: number): CaseNote[] {
  const rows = statement(
    db,
    `SELECT n.id, n.author, n.text, n.created_at AS createdAt,
            (SELECT json_group_array(json_object('id', u.id, 'email', u.email))
               FROM json_each(n.mentions) m JOIN users u ON u.id = m.value) AS mentions
       FROM case_notes n WHERE n.case_id = ? ORDER BY n.id`,
  ).all(caseId) as { id: number; author: string | null; text: string; createdAt: number; mentions: string }[];
  return rows.map((row) => ({
    ...row,
    mentions: JSON.parse(row.mentions) as CaseNote['mentions'],
    createdAt: new Date(row.createdAt).toISOString(),
  }));
}
