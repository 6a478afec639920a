import type { CaseVisit } from '../../../../../shared/schemas/cases.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

const iso = (ms: number) => new Date(ms).toISOString();

interface VisitRow {
  at: number;
  path: string;
  device: string | null;
  lang: string | null;
  returning: number | null;
  attributes: string | null;
}

/**
 * Everything one visit left: the pages it rated, the journey steps it reached
 * (and where it abandoned), its survey answers, and who it was as far as the
 * page said. For a case without a visit, its own responses stand alone.
 */
export function visitStory(db: Db, siteId: number, visitId: string | null, responseIds: string[]): CaseVisit {
  const byVisit = visitId !== null;
  const key = byVisit ? visitId : JSON.stringify(responseIds);
  const responsesWhere = byVisit ? 'site_id = @siteId AND visit_id = @key' : 'site_id = @siteId AND id IN (SELECT value FROM json_each(@key))';
  const ratings = statement(
    db,
    `SELECT id, path, rating, coalesce(comment, other_text) AS comment, created_at AS at, device, lang, returning_visitor AS "returning", attributes
       FROM responses WHERE ${responsesWhere} ORDER BY created_at, id`,
  ).all({ siteId, key }) as (VisitRow & { id: string; rating: number | null; comment: string | null })[];
  const steps = byVisit
    ? (statement(
        db,
        `SELECT journey, step, event, path, created_at AS at, device, lang, returning_visitor AS "returning", attributes
           FROM journey_events WHERE site_id = @siteId AND visit_id = @key ORDER BY created_at, id`,
      ).all({ siteId, key }) as (VisitRow & { journey: string; step: string | null; event: string })[])
    : [];
  const answers = byVisit
    ? (statement(
        db,
        `SELECT survey, question, question_type AS questionType, score, value, path, created_at AS at, device, lang,
                returning_visitor AS "returning", attributes
           FROM survey_answers WHERE site_id = @siteId AND visit_id = @key ORDER BY created_at, id`,
      ).all({ siteId, key }) as (VisitRow & { survey: string; question: string; questionType: string; score: number | null; value: string | null })[])
    : [];
  const all: VisitRow[] = [...ratings, ...steps, ...answers].sort((a, b) => a.at - b.at);
  const known = <K extends keyof VisitRow>(field: K) => all.map((row) => row[field]).filter((v) => v !== null).at(-1) ?? null;
  const returning = known('returning');
  const attributes = known('attributes');
  return {
    visitId,
    device: known('device') as string | null,
    lang: known('lang') as string | null,
    returning: returning === null ? null : returning === 1,
    attributes: attributes === null ? {} : (JSON.parse(attributes as string) as Record<string, string>),
    ratings: ratings.map((r) => ({ id: r.id, path: r.path, rating: r.rating, comment: r.comment, at: iso(r.at) })),
    steps: steps.map((s) => ({ journey: s.journey, step: s.step, event: s.event, path: s.path, at: iso(s.at) })),
    answers: answers.map((a) => ({ survey: a.survey, question: a.question, questionType: a.questionType, score: a.score, value: a.value, at: iso(a.at) })),
    lastPath: all.at(-1)?.path ?? null,
  };
}
