import type { Migration } from './Migration.ts';

// Migration 15: cases, their feedback, notes and audit trail, and the queue
// cases are opened from. Released SQL: change it only through a new migration.

/**
 * A case holds no shopper text: its feedback is linked, so deleting a
 * response (or retention) takes the link, and a case left without feedback is
 * deleted with its notes, events and mail (trigger below).
 *
 * case_queue: every stored row that may open a case, put there by triggers in
 * the transaction that stores it, so none is missed whichever way it was
 * written (live, group commit, import); server/src/cases/openCasesFromNewFeedback.ts
 * drains it after commit and at start. A queue rather than a cursor on rowid:
 * responses' rowid is reused after the newest row is deleted, so a cursor could
 * skip a row.
 */
export const cases: Migration = {
  version: 15,
  name: 'cases, their feedback, notes, audit trail and queue',
  sql: `
  CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    visit_id TEXT,                  -- one visit's complaints land in one case
    status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'waiting_on_customer', 'resolved', 'wont_fix')),
    team TEXT NOT NULL,
    assignee INTEGER REFERENCES users(id) ON DELETE SET NULL,
    problem TEXT,                   -- the fix-first problem, kind:key
    created_at INTEGER NOT NULL,    -- the first feedback's time
    first_response_at INTEGER,
    resolved_at INTEGER,
    first_response_due_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    customer_told_at INTEGER,
    recovered_at INTEGER,
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX cases_visit ON cases(site_id, visit_id) WHERE visit_id IS NOT NULL;
  CREATE INDEX cases_site_time ON cases(site_id, created_at);
  CREATE INDEX cases_site_status ON cases(site_id, status, due_at);
  CREATE INDEX cases_problem ON cases(site_id, problem);

  CREATE TABLE case_feedback (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    response_id TEXT UNIQUE REFERENCES responses(id) ON DELETE CASCADE,
    survey_answer_id TEXT UNIQUE REFERENCES survey_answers(id) ON DELETE CASCADE,
    CHECK ((response_id IS NULL) <> (survey_answer_id IS NULL))
  ) STRICT;
  CREATE INDEX case_feedback_case ON case_feedback(case_id);

  CREATE TRIGGER case_without_feedback AFTER DELETE ON case_feedback
  WHEN NOT EXISTS (SELECT 1 FROM case_feedback WHERE case_id = OLD.case_id)
  BEGIN
    DELETE FROM cases WHERE id = OLD.case_id;
  END;

  CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author TEXT,                    -- the account's e-mail; NULL for the admin token
    text TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '[]',  -- JSON array of user ids
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX case_notes_case ON case_notes(case_id, id);

  -- The audit trail: who changed what, when, from what to what.
  CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    actor TEXT,                     -- an account's e-mail; NULL for the system or the admin token
    field TEXT NOT NULL,
    from_value TEXT,
    to_value TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX case_events_case ON case_events(case_id, id);

  CREATE TABLE case_queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    response_id TEXT,
    survey_answer_id TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;

  -- Only complaints are queued, by the site's settings when stored (the drain
  -- checks them again): a good rating costs no second write.
  CREATE TRIGGER responses_case_queue AFTER INSERT ON responses
  WHEN NEW.contact_email IS NOT NULL
    OR (NEW.reason IS NOT NULL AND coalesce(NEW.reason_category, '') <> 'intent')
    OR NEW.rating <= coalesce((SELECT json_extract(case_settings, '$.ratingAtMost') FROM sites WHERE id = NEW.site_id), 2)
  BEGIN
    INSERT INTO case_queue (site_id, response_id, created_at) VALUES (NEW.site_id, NEW.id, NEW.created_at);
  END;
  CREATE TRIGGER survey_answers_case_queue AFTER INSERT ON survey_answers
  WHEN (NEW.question_type = 'nps' AND NEW.score <= 6)
    OR (NEW.question_type = 'csat' AND NEW.score <= 2)
    OR (NEW.question_type = 'ces' AND NEW.score >= 5)
  BEGIN
    INSERT INTO case_queue (site_id, survey_answer_id, created_at) VALUES (NEW.site_id, NEW.id, NEW.created_at);
  END;
`,
};
