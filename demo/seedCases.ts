import { join } from 'node:path';
import { OPEN_STATUSES, type CaseStatus } from '../shared/schemas/cases.ts';
import type { RoutingRules } from '../shared/schemas/routingRules.ts';
import { openCaseFor } from '../server/src/cases/openCasesFromNewFeedback.ts';
import type { SiteCaseContext } from '../server/src/cases/siteCaseContext.ts';
import { openDatabase, type Db } from '../server/src/db/openDatabase.ts';
import { insertCaseEvent } from '../server/src/db/queries/cases/insertCaseEvent.ts';
import { listCaseableFeedback } from '../server/src/db/queries/cases/storedFeedback.ts';
import { updateCase } from '../server/src/db/queries/cases/updateCase.ts';
import { findSiteByKey } from '../server/src/db/queries/sites/findSiteByKey.ts';
import { write } from '../server/src/db/write.ts';
import { siteTeams } from '../server/src/routing/siteRouting.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { mix, mulberry32, weighted, type Rng } from './random.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Who works the demo's cases in their audit trails. */
const DEMO_AGENTS = ['lin@shop.example', 'sam@shop.example', 'ana@shop.example'];

/** The demo's payment page (touchpoint `payment`) goes to Engineering before any other rule. */
export async function ensureDemoRouting(api: AdminApi, siteKey: string): Promise<void> {
  const path = `/api/sites/${encodeURIComponent(siteKey)}/routing-rules`;
  const routing = await adminRequest<RoutingRules>(api, 'GET', path);
  if (routing.rules.some((rule) => rule.match.touchpoint === 'payment')) return;
  await adminRequest(api, 'PUT', path, { ...routing, rules: [{ match: { touchpoint: 'payment' }, team: 'engineering' }, ...routing.rules] });
}

interface UnworkedCase {
  id: number;
  team: string;
  createdAt: number;
  firstResponseDueAt: number;
  dueAt: number;
  responseId: string | null;
}

/**
 * A case's week as a team would have lived it, decided by its id: answered
 * within about its first-response target (some late), resolved within about
 * its resolution target (some late, some "won't fix"), a third of those with
 * a contact told, a third of the told coming back. Cases too young for a step
 * stay before it, so recent ones are new or in progress and a few are overdue.
 */
function workCase(db: Db, c: UnworkedCase, teamHours: { firstResponseHours: number; resolutionHours: number }, now: number): void {
  const rng: Rng = mulberry32(mix(c.id, 13));
  const agent = DEMO_AGENTS[c.id % DEMO_AGENTS.length]!;
  const respondAt = Math.round(c.createdAt + teamHours.firstResponseHours * HOUR * (0.15 + rng() * 1.3));
  const resolveAt = Math.round(respondAt + teamHours.resolutionHours * HOUR * (0.1 + rng() * 1.2));
  const events: { field: 'status' | 'assignee'; from: string | null; to: string | null; at: number }[] = [];
  let status: CaseStatus = 'new';
  let firstResponseAt: number | null = null;
  let resolvedAt: number | null = null;
  let customerToldAt: number | null = null;
  let recoveredAt: number | null = null;
  if (respondAt <= now && rng() < 0.95) {
    firstResponseAt = respondAt;
    status = weighted(rng, [['in_progress', 3], ['waiting_on_customer', 1]] as const);
    events.push({ field: 'assignee', from: null, to: agent, at: respondAt }, { field: 'status', from: 'new', to: status, at: respondAt });
    if (c.responseId && rng() < 0.35) customerToldAt = respondAt + Math.round(rng() * HOUR);
    if (resolveAt <= now) {
      const closed = weighted(rng, [['resolved', 6], ['wont_fix', 1]] as const);
      events.push({ field: 'status', from: status, to: closed, at: resolveAt });
      status = closed;
      resolvedAt = resolveAt;
      if (customerToldAt !== null && rng() < 0.35) recoveredAt = Math.min(now, resolveAt + Math.round(rng() * 3 * DAY));
    }
  }
  if (status === 'new') return; // untouched: left as the drain opened it
  if (customerToldAt !== null) {
    // The shopper who is told gave an address with consent (the import carries none).
    db.prepare('UPDATE responses SET contact_email = ? WHERE id = ?').run(`shopper${c.id}@example.com`, c.responseId);
  }
  updateCase(
    db,
    { ...c, status, assignee: null, firstResponseAt, resolvedAt, customerToldAt, recoveredAt },
    Math.max(firstResponseAt ?? c.createdAt, resolvedAt ?? 0),
  );
  for (const event of events.sort((a, b) => a.at - b.at)) insertCaseEvent(db, { caseId: c.id, actor: agent, ...event });
  if (customerToldAt !== null) insertCaseEvent(db, { caseId: c.id, actor: agent, field: 'reply', from: null, to: 'en', at: customerToldAt });
  if (recoveredAt !== null) insertCaseEvent(db, { caseId: c.id, actor: null, field: 'recovered', from: null, to: null, at: recoveredAt });
}

/**
 * 60 days of cases in every state: the collector opens cases only for the
 * last fortnight's feedback as it arrives, so the older complaints of the
 * seeded history get theirs here, through the same code, dated when they came
 * in; then every case nobody has touched gets a life (workCase). Writes the
 * database in the data directory beside the running collector (SQLite in WAL
 * mode takes writers from two processes). Safe to run again: a complaint with
 * a case, and a case with a person's change in its trail, are left alone.
 */
export function seedDemoCases(dataDir: string, siteKey: string, now: number, days = 60): { opened: number; closed: number } {
  const db = openDatabase(join(dataDir, 'touchpoint.db'));
  try {
    const site = findSiteByKey(db, siteKey);
    if (!site) return { opened: 0, closed: 0 };
    const contexts = new Map<number, SiteCaseContext>();
    const linked = db.prepare('SELECT 1 FROM case_feedback WHERE response_id = ? OR survey_answer_id = ?');
    const opened = write(db, () =>
      listCaseableFeedback(db, site.id, now - days * DAY, now, 1_000_000).filter(
        (f) => linked.get(f.responseId, f.surveyAnswerId) === undefined && openCaseFor(db, f, now, contexts),
      ).length,
    );
    const teams = siteTeams(db, site.id);
    const unworked = db
      .prepare(
        `SELECT c.id, c.team, c.created_at AS createdAt, c.first_response_due_at AS firstResponseDueAt, c.due_at AS dueAt,
                (SELECT response_id FROM case_feedback f WHERE f.case_id = c.id AND response_id IS NOT NULL LIMIT 1) AS responseId
           FROM cases c
          WHERE c.site_id = ? AND c.status = 'new'
            AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.actor IS NOT NULL)`,
      )
      .all(site.id) as UnworkedCase[];
    write(db, () => {
      for (const c of unworked) workCase(db, c, teams.find((t) => t.key === c.team) ?? teams.at(-1)!, now);
    });
    const closed = db.prepare(`SELECT count(*) FROM cases WHERE site_id = ? AND status NOT IN (${OPEN_STATUSES.map(() => '?').join()})`).pluck().get(site.id, ...OPEN_STATUSES) as number;
    return { opened, closed };
  } finally {
    db.close();
  }
}
