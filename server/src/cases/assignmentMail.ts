import type { Db } from '../db/openDatabase.ts';
import { listCaseFeedback } from '../db/queries/cases/caseFeedback.ts';
import { findCase } from '../db/queries/cases/findCase.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import { listSites } from '../db/queries/sites/listSites.ts';
import { siteTeams } from '../routing/siteRouting.ts';

/** The From of mail when neither the site nor TOUCHPOINT_MAIL_FROM names a sender. */
export const DEFAULT_MAIL_FROM = 'Touchpoint <touchpoint@localhost>';

/** Where case mail comes from and what its links point at (TOUCHPOINT_MAIL_FROM, TOUCHPOINT_PUBLIC_URL). */
export interface CaseMailContext {
  from: string;
  dashboardUrl?: string;
}

/** A due time as mail shows it: to the minute, in UTC (sites have no time zone yet). */
export const utcMinute = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** The dashboard's case page (dashboard/src/App.tsx: `/case?site&id`); a relative link without a public URL. */
export function caseLink(dashboardUrl: string | undefined, siteKey: string, caseId: number): string {
  return `${(dashboardUrl ?? '').replace(/\/$/, '')}/case?site=${encodeURIComponent(siteKey)}&id=${caseId}`;
}

/**
 * Tells a case's assignee it is theirs: the case, its team, its due time, the
 * shopper's words (plain text: the mail has no HTML part) and a link. Inside
 * the write that assigned it, so the mail is committed with the assignment;
 * nothing when the assignee has no address. The caller kicks the mail relay.
 */
export function queueAssignmentMail(db: Db, siteId: number, caseId: number, context: CaseMailContext & { now: number }): boolean {
  const row = findCase(db, siteId, caseId);
  if (!row?.assigneeEmail) return false;
  const site = listSites(db).find((s) => s.id === siteId);
  if (!site) return false;
  const team = siteTeams(db, siteId).find((t) => t.key === row.team);
  const words = (listCaseFeedback(db, [caseId]).get(caseId) ?? [])
    .map((f) => [f.rating !== undefined ? `score ${f.rating}` : null, f.reason, f.comment].filter(Boolean).join(' · '))
    .filter(Boolean);
  const lines = [
    `Case #${row.id} on ${site.name} is now yours.`,
    '',
    `Team: ${team?.name ?? row.team}`,
    `Due: ${row.dueAt === null ? 'no due time' : utcMinute(row.dueAt)}`,
    `Problem: ${row.problem ?? '—'}`,
    ...(words.length ? ['', 'What the customer wrote:', ...words.map((w) => `  ${w}`)] : []),
    '',
    `Open the case: ${caseLink(context.dashboardUrl, site.key, row.id)}`,
  ];
  insertMail(db, {
    siteId,
    caseId,
    responseId: null,
    kind: 'assignment',
    to: row.assigneeEmail,
    from: context.from,
    subject: `Case #${row.id} assigned to you (${team?.name ?? row.team})`,
    text: `${lines.join('\n')}\n`,
    headers: {},
    lang: null,
    at: context.now,
  });
  return true;
}
