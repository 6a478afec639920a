import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface CaseContact {
  responseId: string;
  email: string;
  lang: string | null;
  path: string;
  optedOut: boolean;
}

/** The latest contact a shopper gave with consent on one of the case's responses. */
export function findCaseContact(db: Db, caseId: number): CaseContact | undefined {
  const row = statement(
    db,
    `SELECT r.id AS responseId, r.contact_email AS email, r.lang, r.path,
            EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.site_id = r.site_id AND o.email = r.contact_email) AS optedOut
       FROM case_feedback f JOIN responses r ON r.id = f.response_id
      WHERE f.case_id = ? AND r.contact_email IS NOT NULL
      ORDER BY r.created_at DESC LIMIT 1`,
  ).get(caseId) as (Omit<CaseContact, 'optedOut'> & { optedOut: 0 | 1 }) | undefined;
  return row && { ...row, optedOut: row.optedOut === 1 };
}
