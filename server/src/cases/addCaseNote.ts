import type { Db } from '../db/openDatabase.ts';
import type { CaseRow } from '../db/queries/cases/caseRow.ts';
import { insertCaseNote } from '../db/queries/cases/caseNotes.ts';
import { insertCaseEvent } from '../db/queries/cases/insertCaseEvent.ts';
import { listSiteStaff, type StaffMember } from '../db/queries/cases/siteStaff.ts';
import { updateCase } from '../db/queries/cases/updateCase.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import { write } from '../db/write.ts';

/**
 * `@alice@team.example` or `@alice` (the part before the @ of an account's
 * e-mail, when only one account that sees the site has it): the teammates a
 * note mentions.
 */
export function mentionedIn(text: string, staff: readonly StaffMember[]): StaffMember[] {
  const found = new Map<number, StaffMember>();
  for (const [, handle] of text.matchAll(/(?:^|[\s(])@([^\s@(),;:]+(?:@[^\s@(),;:]+[^\s@(),;:.])?)/g)) {
    const wanted = handle!.toLowerCase();
    const byEmail = staff.find((user) => user.email.toLowerCase() === wanted);
    const byName = staff.filter((user) => user.email.toLowerCase().split('@')[0] === wanted);
    const user = byEmail ?? (byName.length === 1 ? byName[0] : undefined);
    if (user) found.set(user.id, user);
  }
  return [...found.values()];
}

/**
 * Adds an internal note; each teammate it mentions gets a mail (written to the
 * outbox in the same transaction). A note is a response to the case.
 */
export function addCaseNote(
  db: Db,
  row: CaseRow,
  note: { text: string; actor: string | null; defaultFrom: string; caseUrl: string; now: number },
): number {
  return write(db, () => {
    const mentions = mentionedIn(note.text, listSiteStaff(db, row.siteId));
    const id = insertCaseNote(db, { caseId: row.id, author: note.actor, text: note.text, mentions: mentions.map((u) => u.id), at: note.now });
    for (const user of mentions) {
      insertMail(db, {
        siteId: row.siteId,
        caseId: row.id,
        responseId: null,
        kind: 'mention',
        to: user.email,
        from: note.defaultFrom,
        subject: `${note.actor ?? 'A teammate'} mentioned you on case #${row.id}`,
        text: `${note.text}\n\n${note.caseUrl}\n`,
        headers: {},
        lang: null,
        at: note.now,
      });
    }
    if (row.firstResponseAt === null) updateCase(db, { ...row, firstResponseAt: note.now }, note.now);
    insertCaseEvent(db, { caseId: row.id, actor: note.actor, field: 'note', from: null, to: null, at: note.now });
    return id;
  });
}
