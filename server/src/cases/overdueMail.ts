import type { Db } from '../db/openDatabase.ts';
import type { CaseRow } from '../db/queries/cases/caseRow.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import { siteTeams } from '../routing/siteRouting.ts';
import { caseLink, utcMinute, type CaseMailContext } from './assignmentMail.ts';

/**
 * Tells a case's team that it is overdue, when the team has an address.
 * Inside the write that records the case as announced overdue
 * (webhooks/caseEvents.ts), so each case is mailed once; the caller kicks the relay.
 */
export function queueOverdueMail(db: Db, row: CaseRow, siteKey: string, context: CaseMailContext & { now: number }): boolean {
  const team = siteTeams(db, row.siteId).find((t) => t.key === row.team);
  if (!team?.email) return false;
  // The first-response deadline passes first; once answered, the resolution deadline is the one missed.
  const missed = row.firstResponseAt === null && row.firstResponseDueAt !== null && row.firstResponseDueAt <= context.now ? 'first response' : 'resolution';
  const due = missed === 'first response' ? row.firstResponseDueAt : row.dueAt;
  const lines = [
    `Case #${row.id} is overdue: its ${missed} was due ${due === null ? 'earlier' : utcMinute(due)}.`,
    '',
    `Team: ${team.name}`,
    `Assignee: ${row.assigneeEmail ?? 'nobody yet'}`,
    `Status: ${row.status}`,
    `Problem: ${row.problem ?? '—'}`,
    '',
    `Open the case: ${caseLink(context.dashboardUrl, siteKey, row.id)}`,
  ];
  insertMail(db, {
    siteId: row.siteId,
    caseId: row.id,
    responseId: null,
    kind: 'overdue',
    to: team.email,
    from: context.from,
    subject: `Overdue: case #${row.id} (${team.name})`,
    text: `${lines.join('\n')}\n`,
    headers: {},
    lang: null,
    at: context.now,
  });
  return true;
}
