import type { CaseDetail, CaseList, CaseListQuery } from '../../../shared/schemas/cases.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Db } from '../db/openDatabase.ts';
import { listCaseFeedback } from '../db/queries/cases/caseFeedback.ts';
import { listCaseNotes } from '../db/queries/cases/caseNotes.ts';
import { toCaseSummary, type CaseRow } from '../db/queries/cases/caseRow.ts';
import { listCaseEvents } from '../db/queries/cases/insertCaseEvent.ts';
import { countCases, listCases } from '../db/queries/cases/listCases.ts';
import { visitStory } from '../db/queries/cases/visitStory.ts';
import { listCaseMail } from '../db/queries/mail/listSentMail.ts';
import { boundInstant, shiftLocalDays } from '../../../shared/time/localDays.ts';
import { viewPeriods, type ViewSite } from '../insight/viewPeriods.ts';
import { replyLangFor } from '../mail/replyTemplates.ts';

/**
 * The inbox: the view filters as on every view, except that without `from`
 * it reaches back as far as a view may (an open case is never out of sight for
 * being old), and the case's own fields.
 */
export function buildCaseList(db: Db, site: ViewSite, query: CaseListQuery, now: number): CaseList {
  const siteId = site.id;
  const to = query.to ? boundInstant(query.to, site.timeZone, 'to') : now + 1;
  const from = query.from ?? new Date(shiftLocalDays(to, -LIMITS.viewDays, site.timeZone)).toISOString();
  const range = viewPeriods(db, site, { ...query, from, to: new Date(to).toISOString() }, now).current;
  const { rows, more, total } = listCases(
    db,
    {
      range,
      now,
      statuses: query.status,
      team: query.team,
      assignee: query.assignee,
      overdue: query.overdue,
      reasonCategory: query.reasonCategory,
      kind: query.kind,
      q: query.q,
    },
    { sort: query.sort, limit: query.limit, offset: query.offset },
  );
  const feedback = listCaseFeedback(db, rows.map((r) => r.id));
  return {
    cases: rows.map((row) => toCaseSummary(row, now, feedback.get(row.id) ?? [])),
    more,
    total,
    counts: countCases(db, siteId, now),
  };
}

/** One case with its notes, audit trail, mail and the visit's whole story. */
export function buildCaseDetail(db: Db, row: CaseRow, now: number): CaseDetail {
  const feedback = listCaseFeedback(db, [row.id]).get(row.id) ?? [];
  const responseIds = feedback.filter((f) => f.type !== 'survey_answer').map((f) => f.id);
  const visit = visitStory(db, row.siteId, row.visitId, responseIds);
  return {
    ...toCaseSummary(row, now, feedback),
    notes: listCaseNotes(db, row.id),
    events: listCaseEvents(db, row.id),
    visit,
    mail: listCaseMail(db, row.id),
    replyLang: replyLangFor(feedback.find((f) => f.lang)?.lang ?? visit.lang),
  };
}
