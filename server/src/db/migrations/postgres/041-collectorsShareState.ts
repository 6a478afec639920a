// SQLite migration 41 in PostgreSQL's form: the state collectors on one database
// share (ARCHITECTURE.md, "Many collectors"). Both tables are UNLOGGED: never in
// the WAL, so never in an archive, a physical backup (pg_basebackup) or a
// replica, and emptied after a crash; both hold only what may be lost.

export const COLLECTORS_SHARE_STATE_SQL = `
  -- A token bucket per scope ('address', 'site') and key (hashed under the day's
  -- salt, db/shared/hiddenKey.ts: never an address): what http/rateLimit.ts's
  -- TokenBuckets keeps in memory for one process. A row whose bucket has refilled
  -- (a minute untouched) means what no row means, so it may be pruned at any time.
  CREATE UNLOGGED TABLE rate_buckets (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    tokens DOUBLE PRECISION NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
  );

  -- Refills the bucket to \`at_ms\` and takes a token, in one statement under its
  -- row lock, so collectors racing for the last token cannot both get it.
  -- Answers 0 when taken, else the seconds until one will be there.
  CREATE FUNCTION take_rate_token(p_scope text, p_key text, capacity double precision, per_ms double precision, at_ms bigint)
  RETURNS bigint LANGUAGE plpgsql AS $$
  DECLARE
    left_over double precision;
  BEGIN
    INSERT INTO rate_buckets AS b (scope, key, tokens, at) VALUES (p_scope, p_key, capacity, at_ms)
      ON CONFLICT (scope, key) DO UPDATE
      SET tokens = least(capacity, b.tokens + greatest(0, at_ms - b.at) * per_ms), at = greatest(b.at, at_ms)
      RETURNING tokens INTO left_over;
    IF left_over >= 1 THEN
      UPDATE rate_buckets SET tokens = tokens - 1 WHERE scope = p_scope AND key = p_key;
      RETURN 0;
    END IF;
    RETURN greatest(1, ceil((1 - left_over) / per_ms / 1000));
  END $$;

  -- The UTC day's visitor salt (privacy/dailySalt.ts), so every collector hashes
  -- a visitor alike; yesterday's row is deleted by the retention job. pg_dump
  -- copies an unlogged table's rows unless told --no-unlogged-table-data.
  -- Sign-in failures per scope ('address', 'pair', 'account', 'user') and hidden key:
  -- how many, and since when (auth/loginThrottle.ts's window, auth/failureBackoff.ts's
  -- last failure), for every collector at once.
  CREATE UNLOGGED TABLE failure_counts (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    count BIGINT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
  );

  CREATE UNLOGGED TABLE visitor_salts (
    day TEXT PRIMARY KEY,
    salt TEXT NOT NULL
  );
`;
