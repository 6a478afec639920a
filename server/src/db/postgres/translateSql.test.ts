import { describe, expect, it } from 'vitest';
import { translateSql } from './translateSql.ts';

const text = (sql: string) => translateSql(sql).text;

describe('translateSql', () => {
  it('numbers placeholders, reusing a named one, and says where each value comes from', () => {
    const t = translateSql('SELECT * FROM r WHERE site_id = @siteId AND a > ? AND b < @siteId AND c = ?');
    expect(t.text).toBe('SELECT * FROM r WHERE site_id = $1 AND a > $2 AND b < $1 AND c = $3');
    expect(t.params).toEqual(['siteId', 0, 1]);
  });

  it('leaves string literals and quoted names alone', () => {
    expect(text(`SELECT '?', 'it''s @x' AS "a?b" FROM t WHERE x = ?`)).toBe(`SELECT '?', 'it''s @x' AS "a?b" FROM t WHERE x = $1`);
  });

  it('quotes camelCase names, which PostgreSQL would fold to lower case', () => {
    expect(text('SELECT created_at AS createdAt FROM t ORDER BY createdAt')).toBe('SELECT created_at AS "createdAt" FROM t ORDER BY "createdAt"');
  });

  it('turns INSERT OR IGNORE into ON CONFLICT DO NOTHING, before RETURNING', () => {
    expect(text('INSERT OR IGNORE INTO tags (a, b) VALUES (?, ?) RETURNING a')).toBe(
      'INSERT INTO tags (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING a',
    );
  });

  it('turns INSERT OR REPLACE into an upsert on the table’s key', () => {
    expect(text('INSERT OR REPLACE INTO rating_days_recounts (site_id, done_before) VALUES (?, ?)')).toBe(
      'INSERT INTO rating_days_recounts (site_id, done_before) VALUES ($1, $2) ON CONFLICT (site_id) DO UPDATE SET done_before = excluded.done_before',
    );
    expect(() => text('INSERT OR REPLACE INTO unknown_table (a) VALUES (?)')).toThrow(/replaceKeys/);
  });

  it('rewrites SQLite functions: two-argument max/min, ifnull, instr, group_concat, CAST to INTEGER and REAL', () => {
    expect(text('SELECT max(a, b), min(a, 0), max(c) FROM t')).toBe('SELECT greatest(a, b), least(a, 0), max(c) FROM t');
    expect(text("SELECT ifnull(a, 'x'), instr(a, '-') FROM t")).toBe("SELECT coalesce(a, 'x'), strpos(a, '-') FROM t");
    expect(text('SELECT group_concat(tag) FROM t')).toBe("SELECT string_agg((tag)::text, ',') FROM t");
    expect(text('SELECT CAST(a / 2 AS INTEGER), CAST(b AS REAL) FROM t')).toBe('SELECT trunc((a / 2)::numeric)::bigint, CAST(b AS DOUBLE PRECISION) FROM t');
  });

  it('makes comparisons numbers where SQLite counts them, as a select item or inside an aggregate', () => {
    expect(text('SELECT sum(rating = 5) AS fives, comment IS NOT NULL AS commented, rating FROM r WHERE rating = 5')).toBe(
      'SELECT sum((rating = 5)::int) AS fives, (comment IS NOT NULL)::int AS commented, rating FROM r WHERE rating = 5',
    );
  });

  it('names a subquery in FROM, as PostgreSQL 15 requires', () => {
    expect(text('SELECT count(*) FROM (SELECT 1 FROM t) WHERE 1')).toMatch(/^SELECT count\(\*\) FROM \(SELECT 1 FROM t\) AS unnamed_\d+ WHERE TRUE$/);
    expect(text('SELECT x FROM (SELECT 1 AS x) sub')).toBe('SELECT x FROM (SELECT 1 AS x) sub');
  });

  it('reads LIKE without regard to case, as SQLite does', () => {
    expect(text("SELECT 1 FROM t WHERE path LIKE '/a%'")).toBe("SELECT 1 FROM t WHERE path ILIKE '/a%'");
  });

  it('names the table for a column an upsert reads, which PostgreSQL finds ambiguous', () => {
    expect(text('INSERT INTO j (k, d) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET d = excluded.d, revision = revision + 1')).toBe(
      'INSERT INTO j (k, d) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET d = excluded.d, revision = j.revision + 1',
    );
  });

  it('knows a write from a read', () => {
    expect(translateSql('SELECT 1').readonly).toBe(true);
    expect(translateSql('WITH x AS (SELECT 1) DELETE FROM t').readonly).toBe(false);
    expect(translateSql('UPDATE t SET a = 1').readonly).toBe(false);
  });

  it('takes the bare columns of `max(c)` from the row holding it, as SQLite does', () => {
    expect(text('SELECT (SELECT x FROM (SELECT q, t, max(at) AS latest FROM a WHERE s = ? AND b IN (SELECT 1) GROUP BY coalesce(v, id), q)) AS y')).toBe(
      'SELECT (SELECT x FROM (SELECT DISTINCT ON (coalesce(v, id), q) q, t, at AS latest FROM a WHERE s = $1 AND b IN (SELECT 1) ORDER BY coalesce(v, id), q, at DESC) AS unnamed_85) AS y',
    );
    expect(text('SELECT q, max(at) FROM a GROUP BY q HAVING count(*) > 1')).toBe('SELECT q, max(at) FROM a GROUP BY q HAVING count(*) > 1');
    // Unnamed, the max keeps SQLite's name for it, apart from the bare column it reads.
    expect(text('SELECT q, at, max(at) FROM a GROUP BY q')).toBe('SELECT DISTINCT ON (q) q, at, at AS "max(at)" FROM a ORDER BY q, at DESC');
  });

  it("reads SQLite's IS and negative LIMIT, and compares json_each's values as text", () => {
    expect(text('DELETE FROM s WHERE u IS ? AND v IS NOT ? AND w IS NULL')).toBe('DELETE FROM s WHERE u IS NOT DISTINCT FROM $1 AND v IS DISTINCT FROM $2 AND w IS NULL');
    expect(text('SELECT a FROM t WHERE x = 1 AND 0 ORDER BY a')).toBe('SELECT a FROM t WHERE x = 1 AND FALSE ORDER BY a');
    expect(text('SELECT CASE d WHEN 1 THEN 2 END FROM t')).toBe('SELECT CASE d WHEN 1 THEN 2 END FROM t');
    expect(text('DELETE FROM t WHERE rowid IN (SELECT rowid FROM t WHERE a < ? LIMIT 10)')).toBe('DELETE FROM t WHERE ctid IN (SELECT ctid FROM t WHERE a < $1 LIMIT 10)');
    expect(text('SELECT a FROM t LIMIT ? OFFSET ?')).toBe('SELECT a FROM t LIMIT nullif(greatest($1, -1), -1) OFFSET $2');
    expect(text('SELECT 1 FROM f WHERE f.id IN (SELECT value FROM json_each(@ids)) AND tag NOT IN (SELECT value FROM json_each(?))')).toBe(
      'SELECT 1 FROM f WHERE (f.id)::text IN (SELECT value FROM json_each($1)) AND (tag)::text NOT IN (SELECT value FROM json_each($2))',
    );
    expect(text('INSERT INTO a (id, s, v) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET v = excluded.v WHERE s = excluded.s')).toBe(
      'INSERT INTO a (id, s, v) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET v = excluded.v WHERE a.s = excluded.s',
    );
    expect(text('SELECT u.e FROM json_each(n.m) m JOIN users u ON u.id = m.value')).toBe('SELECT u.e FROM json_each(n.m) m JOIN users u ON (u.id)::text = m.value');
    expect(text('SELECT 1 WHERE (@q IS NULL OR instr(lower(c), lower(@q)) > 0)')).toBe('SELECT 1 WHERE ($1 IS NULL OR strpos(lower(c), lower($1::text)) > 0)');
  });

  it('reads a select-list alias in HAVING as its expression, in the SELECT that names it', () => {
    expect(text('SELECT v, count(x) AS rated FROM t GROUP BY v HAVING rated >= 2')).toBe('SELECT v, count(x) AS rated FROM t GROUP BY v HAVING (count(x)) >= 2');
    expect(text('SELECT (SELECT count(*) AS n FROM u GROUP BY a HAVING n > @min) AS n FROM t')).toBe('SELECT (SELECT count(*) AS n FROM u GROUP BY a HAVING (count(*)) > $1) AS n FROM t');
    // A positional parameter is not copied: it would shift the ones after it.
    expect(text('SELECT sum(x > ?) AS s FROM t GROUP BY v HAVING s > 0')).toContain('HAVING s > 0');
  });

  it('types the first branch’s NULL when the first two branches of a UNION both have one there', () => {
    expect(text("SELECT a, NULL AS k, NULL AS m FROM t UNION ALL SELECT b, NULL, NULL FROM u UNION ALL SELECT c, x || path, (9 - at) * 100 + s FROM v")).toBe(
      "SELECT a, NULL::text AS k, NULL::numeric AS m FROM t UNION ALL SELECT b, NULL, NULL FROM u UNION ALL SELECT c, x || path, (9 - at) * 100 + s FROM v",
    );
    // Two branches type each other; an item of unknown shape is left for PostgreSQL to refuse.
    expect(text('SELECT NULL FROM t UNION ALL SELECT 1 FROM u')).toBe('SELECT NULL FROM t UNION ALL SELECT 1 FROM u');
    expect(text('SELECT NULL FROM t UNION ALL SELECT NULL FROM u UNION ALL SELECT c FROM v')).toBe('SELECT NULL FROM t UNION ALL SELECT NULL FROM u UNION ALL SELECT c FROM v');
  });

  it('reads a decimal literal as SQLite’s REAL, a double', () => {
    expect(text('SELECT 1 + (score - 1) * 4.0 / 6, avg(CASE WHEN r >= 4 THEN 1.0 ELSE 0.0 END) FROM t')).toBe(
      'SELECT 1 + (score - 1) * 4.0::float8 / 6, avg(CASE WHEN r >= 4 THEN 1.0::float8 ELSE 0.0::float8 END) FROM t',
    );
  });

  it('casts a substr() in arithmetic to numeric, as SQLite reads the digits it holds', () => {
    expect(text('SELECT substr(k, 15, 2) % 6, 1 + (substr(k, 15, 2) - 6) / 4, substr(k, 17) FROM t')).toBe(
      'SELECT (substr(k, 15, 2))::numeric % 6, 1 + ((substr(k, 15, 2))::numeric - 6) / 4, substr(k, 17) FROM t',
    );
  });
});
