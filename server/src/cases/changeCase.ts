import { OPEN_STATUSES, type CasePatch } from '../../../shared/schemas/cases.ts';
import type { Db } from '../db/openDatabase.ts';
import type { CaseRow } from '../db/queries/cases/caseRow.ts';
import { insertCaseEvent } from '../db/queries/cases/insertCaseEvent.ts';
import { listSiteStaff } from '../db/queries/cases/siteStaff.ts';
import { updateCase, type CaseState } from '../db/queries/cases/updateCase.ts';
import { ApiError } from '../http/ApiError.ts';
import { siteTeams } from '../routing/siteRouting.ts';
import { queueAssignmentMail, type CaseMailContext } from './assignmentMail.ts';
import { dueTimes } from './siteCaseContext.ts';

const isOpen = (status: CaseRow['status']) => OPEN_STATUSES.includes(status);

/** The patch's team and assignee exist for the site; 400 naming the field otherwise. */
export function checkCasePatch(db: Db, siteId: number, patch: Omit<CasePatch, 'status'>): void {
  if (patch.team !== undefined && !siteTeams(db, siteId).some((team) => team.key === patch.team)) {
    throw new ApiError(400, 'invalid_payload', `No team with key ${patch.team}.`, [{ path: 'team', message: 'not one of the site’s teams' }]);
  }
  if (patch.assignee != null && !listSiteStaff(db, siteId).some((user) => user.id === patch.assignee && user.role !== 'viewer')) {
    const message = 'not a member or admin who sees this site';
    throw new ApiError(400, 'invalid_payload', `User ${patch.assignee} cannot take cases here.`, [{ path: 'assignee', message }]);
  }
}

/**
 * Applies a change (inside the caller's write) with one audit event per field
 * that changed. Any change by a person is a response: the first one stamps
 * `firstResponseAt`. Closing stamps `resolvedAt`, reopening clears it; a new
 * team brings its SLA, counted from when the case was opened. With `mail`, a
 * new assignee is e-mailed in the same transaction (the caller kicks the relay).
 */
export function applyCasePatch(db: Db, row: CaseRow, patch: CasePatch, actor: string | null, now: number, mail?: CaseMailContext): boolean {
  const next: CaseState = { ...row };
  const events: { field: 'status' | 'team' | 'assignee'; from: string | null; to: string | null }[] = [];
  if (patch.status !== undefined && patch.status !== row.status) {
    next.status = patch.status;
    if (!isOpen(patch.status)) next.resolvedAt = isOpen(row.status) ? now : row.resolvedAt;
    else next.resolvedAt = null;
    events.push({ field: 'status', from: row.status, to: patch.status });
  }
  if (patch.team !== undefined && patch.team !== row.team) {
    next.team = patch.team;
    Object.assign(next, dueTimes(siteTeams(db, row.siteId), patch.team, row.createdAt));
    events.push({ field: 'team', from: row.team, to: patch.team });
  }
  if (patch.assignee !== undefined && patch.assignee !== row.assignee) {
    next.assignee = patch.assignee;
    const emailOf = (id: number | null) => (id === null ? null : (listSiteStaff(db, row.siteId).find((u) => u.id === id)?.email ?? String(id)));
    events.push({ field: 'assignee', from: row.assigneeEmail ?? (row.assignee === null ? null : String(row.assignee)), to: emailOf(patch.assignee) });
  }
  if (!events.length) return false;
  next.firstResponseAt ??= now;
  updateCase(db, next, now);
  for (const event of events) insertCaseEvent(db, { caseId: row.id, actor, ...event, at: now });
  if (mail && next.assignee !== null && next.assignee !== row.assignee) queueAssignmentMail(db, row.siteId, row.id, { ...mail, now });
  return true;
}
