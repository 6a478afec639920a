// SQLite migration 38 (sites_version, a counter every change to `sites` moves) in PostgreSQL's form.
export const SITES_VERSION_SQL = `
  CREATE TABLE sites_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
  );
  INSERT INTO sites_version (id, n) VALUES (1, 0);
  CREATE FUNCTION sites_version_move() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE sites_version SET n = n + 1;
    RETURN NULL;
  END $$;
  CREATE TRIGGER sites_version AFTER INSERT OR UPDATE OR DELETE ON sites FOR EACH ROW EXECUTE FUNCTION sites_version_move();
`;
