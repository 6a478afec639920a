// SQLite functions the shared SQL calls that PostgreSQL lacks, given to it under
// the same name (or a sqlite_ one, where PostgreSQL has its own of another meaning:
// postgres/translateSql.ts renames those calls).

export const COMPAT_FUNCTIONS_SQL = `
  CREATE EXTENSION IF NOT EXISTS citext;

  -- COLLATE NOCASE: ICU's comparison at strength 2 ignores case (SQLite's ignores ASCII case only)
  CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

  -- total(): the sum as a float, 0 over no rows
  CREATE AGGREGATE total(double precision) (sfunc = float8pl, stype = float8, initcond = '0');

  -- json_extract(doc, '$.a.b'), a scalar as text
  CREATE FUNCTION sqlite_json_extract(doc text, path text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT doc::jsonb #>> string_to_array(substr(path, 3), '.')
  $$;

  -- json_each(doc) over an array or object: key (an array's index) and value, scalars as text.
  -- PostgreSQL's own takes json; this one takes text, which a parameter or a TEXT column picks.
  CREATE FUNCTION json_each(doc text) RETURNS TABLE (key text, value text) LANGUAGE sql IMMUTABLE AS $$
    SELECT (e.ordinality - 1)::text, e.value FROM json_array_elements_text(
      CASE WHEN json_typeof(doc::json) = 'array' THEN doc::json ELSE '[]' END) WITH ORDINALITY AS e(value, ordinality)
    UNION ALL
    SELECT o.key, o.value FROM json_each_text(CASE WHEN json_typeof(doc::json) = 'object' THEN doc::json ELSE '{}' END) AS o
  $$;

  -- json_set(doc, '$.a', value) for one key; a parameter's unknown type picks the text one
  CREATE FUNCTION json_set(doc text, path text, value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_set(doc::jsonb, string_to_array(substr(path, 3), '.'), to_jsonb(value))::text
  $$;
  CREATE FUNCTION json_set(doc text, path text, value double precision) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_set(doc::jsonb, string_to_array(substr(path, 3), '.'), to_jsonb(value))::text
  $$;

  CREATE FUNCTION json_array_length(doc text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT json_array_length(doc::json)
  $$;

  -- SQLite's << is 64-bit whatever its operands; PostgreSQL's bigint one takes an integer shift,
  -- and a literal 1 is an integer: 1 << bigint finds this one
  CREATE FUNCTION sqlite_shift_left(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT a << b::int $$;
  CREATE OPERATOR << (leftarg = bigint, rightarg = bigint, function = sqlite_shift_left);

  -- SQLite sums integers as an integer, PostgreSQL as numeric, which has no bitwise AND (a bit mask's sum)
  CREATE FUNCTION sqlite_bit_and(a numeric, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT a::bigint & b $$;
  CREATE OPERATOR & (leftarg = numeric, rightarg = bigint, function = sqlite_bit_and);

  -- randomblob(n): n strong random bytes (version-4 UUIDs' hex: PostgreSQL's own random, no pgcrypto)
  CREATE FUNCTION randomblob(n integer) RETURNS bytea LANGUAGE sql VOLATILE AS $$
    SELECT substring(decode(string_agg(replace(gen_random_uuid()::text, '-', ''), ''), 'hex') FROM 1 FOR n)
      FROM generate_series(1, (n + 15) / 16)
  $$;

  -- sqlite_master's tables, for what lists them (tests that look through every table)
  CREATE VIEW sqlite_master AS
    SELECT 'table'::text AS type, table_name::text AS name, table_name::text AS tbl_name
      FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE';
`;
