import type { Problem } from '../../../shared/schemas/fixFirst.ts';
import type { Db } from '../db/openDatabase.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { routeFeedback } from '../routing/matchRoutingRule.ts';
import { siteRouting, siteTeams } from '../routing/siteRouting.ts';

export interface AlertMailContext {
  from: string;
  dashboardUrl?: string;
  now: number;
}

/** The team a problem is routed to: the routing rules applied to a complaint of its kind where it happened. */
export function problemTeam(db: Db, site: StoredSite, problem: Problem): string {
  const abandonment = problem.kind === 'journey_step' || problem.kind === 'abandon_reason';
  return routeFeedback(siteRouting(db, site.id), {
    kind: abandonment ? 'abandon_reason' : 'page_rating',
    path: problem.path ?? '',
    touchpoint: problem.touchpoint ?? null,
    reason: problem.reason ?? null,
    reasonCategory: null,
    journey: problem.journey ?? null,
    step: problem.step ?? null,
    score: abandonment ? null : 1,
    survey: null,
    questionType: null,
    lang: null,
    channel: 'web',
    device: null,
  }).team;
}

/**
 * E-mails a flagged problem to the team its complaints are routed to, when
 * that team has an address. Runs inside the write that records the
 * announcement; the caller kicks the mail relay after the commit. Returns the
 * address written to, if any.
 */
export function queueAlertMail(db: Db, site: StoredSite, problem: Problem, context: AlertMailContext): string | undefined {
  const team = siteTeams(db, site.id).find((t) => t.key === problemTeam(db, site, problem));
  if (!team?.email) return undefined;
  const link = context.dashboardUrl ? `${context.dashboardUrl.replace(/\/$/, '')}/fix-first?site=${encodeURIComponent(site.key)}` : 'the Fix first page';
  const what = problem.flag === 'new' ? 'a new problem' : 'a growing problem';
  const lines = [
    `${problem.label}${problem.context ? ` (${problem.context})` : ''} is ${what} on ${site.name}.`,
    '',
    `In the last 7 days: ${problem.impact} customers hurt (${problem.negativeRatings} ratings of 1–2, ${problem.abandonments} abandonments); the 7 days before: ${problem.previous.impact}.`,
    ...(problem.examples.length ? ['', 'What they wrote:', ...problem.examples.map((example) => `  “${example}”`)] : []),
    '',
    `See it on ${link}`,
  ];
  insertMail(db, {
    siteId: site.id,
    caseId: null,
    responseId: null,
    kind: 'problem_alert',
    to: team.email,
    from: context.from,
    subject: `${problem.flag === 'new' ? 'New' : 'Growing'} problem on ${site.name}: ${problem.label}`,
    text: lines.join('\n'),
    headers: {},
    lang: null,
    at: context.now,
  });
  return team.email;
}
