import Database from 'better-sqlite3';
import type pg from 'pg';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from '../migrations/index.ts';
import { POSTGRES_BASE_VERSION } from '../migrations/postgres/index.ts';
import { CopyRefused } from './CopyRefused.ts';
import { PROGRESS_TABLE, type TableProgress } from './copyProgress.ts';
import { quoted } from './targetClient.ts';

/** Refuses a source this code cannot copy: older than PostgreSQL's first schema, or made by a newer Touchpoint. */
export function refuseSourceVersions(file: string, versions: number[]): void {
  const unknown = versions.filter((v) => !MIGRATIONS.some((m) => m.version === v));
  if (unknown.length > 0) {
    throw new CopyRefused(`${file} has schema version ${unknown.join(', ')}, which this Touchpoint does not know: copy it with the version that wrote it.`);
  }
  if (Math.max(0, ...versions) < POSTGRES_BASE_VERSION) {
    throw new CopyRefused(
      `${file} is at schema version ${Math.max(0, ...versions)}; PostgreSQL's schema starts at ${POSTGRES_BASE_VERSION}. Start the collector on it once (it migrates the file), then copy.`,
    );
  }
}

/** Refuses a target whose schema has a version the source has not: it cannot be brought to the source's schema. */
export function refuseTargetVersions(sourceVersions: number[], targetVersions: number[]): void {
  const extra = targetVersions.filter((v) => !sourceVersions.includes(v));
  if (extra.length > 0) {
    throw new CopyRefused(
      `The target's schema is at version ${Math.max(...targetVersions)}, the source's at ${Math.max(...sourceVersions)}: they must be the same. ` +
        'Copy into an empty database, or start this version of the collector on the SQLite file first.',
    );
  }
}

/** After migrating, the target's versions must be the source's, one for one: the tables would not be the same otherwise. */
export function refuseUnequalVersions(sourceVersions: number[], targetVersions: number[]): void {
  if (targetVersions.join() === sourceVersions.join()) return;
  const missing = sourceVersions.filter((v) => !targetVersions.includes(v));
  throw new CopyRefused(`After migrating, the target's schema lacks version ${missing.join(', ') || '(none)'} of the source's (${targetVersions.length} versions against ${sourceVersions.length}).`);
}

/**
 * Refuses a target holding rows that an earlier run of this copy did not put
 * there, before anything is written. A new schema is not empty: migrations seed
 * a few rows (signing keys, webhook cursors, the sites counter), so each table
 * may hold as many rows as the same migrations leave in a new SQLite database,
 * and a table an earlier run started may hold what its progress row counts.
 */
export async function refuseForeignRows(client: pg.Client, sourceVersions: number[], progress: Map<string, TableProgress>): Promise<void> {
  const seeded = seededRowCounts(sourceVersions);
  const { rows } = await client.query<{ name: string }>(
    "SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY relname",
  );
  const foreign: string[] = [];
  for (const { name } of rows) {
    if (name === 'schema_migrations' || name === PROGRESS_TABLE) continue;
    const allowed = progress.get(name)?.rows ?? seeded.get(name) ?? 0;
    const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM ${quoted(name)} LIMIT ${allowed + 1}) s`);
    if (Number(counted.rows[0]!.n) > allowed) foreign.push(name);
  }
  if (foreign.length > 0) {
    throw new CopyRefused(
      `The target already holds rows that are not from an earlier run of this copy (in ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}). ` +
        'Nothing was written. Copy into an empty database.',
    );
  }
}

function seededRowCounts(versions: number[]): Map<string, number> {
  const db = new Database(':memory:');
  try {
    migrate(db, MIGRATIONS.filter((m) => versions.includes(m.version)));
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[];
    return new Map(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${quoted(t)}`).pluck().get() as number]));
  } finally {
    db.close();
  }
}
