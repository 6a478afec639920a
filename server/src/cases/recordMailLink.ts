import type { Db } from '../db/openDatabase.ts';
import { findCase } from '../db/queries/cases/findCase.ts';
import { insertCaseEvent } from '../db/queries/cases/insertCaseEvent.ts';
import { updateCase } from '../db/queries/cases/updateCase.ts';
import { cancelPendingCampaignMail, insertOptOut } from '../db/queries/mail/optOuts.ts';
import { write } from '../db/write.ts';

/** A shopper came back through a reply's link: the case records it once (the first return). */
export function recordRecovery(db: Db, siteId: number, caseId: number, now: number): void {
  write(db, () => {
    const row = findCase(db, siteId, caseId);
    if (!row || row.recoveredAt !== null) return; // deleted since, or already back
    updateCase(db, { ...row, recoveredAt: now }, now);
    insertCaseEvent(db, { caseId, actor: null, field: 'recovered', from: null, to: null, at: now });
  });
}

/** The shopper wants no more mail from the site: honoured by every reply and campaign from now on, and by invitations still waiting. */
export function recordOptOut(db: Db, siteId: number, email: string, now: number): void {
  write(db, () => {
    insertOptOut(db, siteId, email, now);
    cancelPendingCampaignMail(db, siteId, email);
  });
}
