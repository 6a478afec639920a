import { inject } from 'vitest';
import { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';
import { openPostgres } from '../../src/db/postgres/openPostgres.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { TEMPLATE_DATABASE } from './templateDatabase.ts';

let admin: PostgresDb | undefined;
let made = 0;
const opened: PostgresDb[] = [];

/** A fresh database for one test app, copied from the migrated template; closed when its test file ends. */
export function testPostgresDb(): PostgresDb {
  const url = inject('postgresUrl');
  admin ??= new PostgresDb(url);
  // pid and a counter: files run in parallel workers against the same cluster.
  const name = `t_${process.pid}_${++made}`;
  // FILE_COPY: copying the template's files beats writing each block to the WAL (the default) for a small database.
  admin.exec(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE} STRATEGY FILE_COPY`);
  const db = openPostgres(url.replace(/\/postgres$/, `/${name}`), TEST_NOW);
  // A copy shares the template's secrets, which a database's own migration draws anew: drawn again, so two test
  // databases never verify each other's links and tokens (seedRows.ts).
  db.exec('UPDATE link_keys SET secret = randomblob(32); UPDATE response_token_keys SET secret = randomblob(32)');
  opened.push(db);
  return db;
}

/** Another connection to `db`'s database, as a second collector would open; closed with the file's others. */
export function anotherConnection(db: PostgresDb): PostgresDb {
  // The name is the URL without its password, and the throwaway cluster trusts local connections.
  const other = openPostgres(db.name, TEST_NOW);
  opened.push(other);
  return other;
}

/**
 * Closes the databases this file's tests opened. Called by the postgres project's
 * setup file (closeTestDatabases.ts), not registered here: testApp.ts imports this
 * module, and so do Playwright specs through their helpers, where vitest's hooks throw.
 */
export function closeTestPostgresDbs(): void {
  for (const db of opened.splice(0)) db.close();
}
