import { importMappingSchema, type ImportMapping } from '../../../../../shared/schemas/importMapping.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface SavedMapping {
  name: string;
  mapping: ImportMapping;
  updatedAt: number;
}

interface MappingRow {
  name: string;
  mapping: string;
  updated_at: number;
}

// Parsed again on the way out: a mapping saved by an older release gets today's defaults.
const toSaved = (row: MappingRow): SavedMapping => ({
  name: row.name,
  mapping: importMappingSchema.parse(JSON.parse(row.mapping)),
  updatedAt: row.updated_at,
});

/** A site's saved column mappings, by name. */
export function listImportMappings(db: Db, siteId: number): SavedMapping[] {
  const rows = statement(db, 'SELECT name, mapping, updated_at FROM import_mappings WHERE site_id = ? ORDER BY name').all(siteId) as MappingRow[];
  return rows.map(toSaved);
}

export function findImportMapping(db: Db, siteId: number, name: string): SavedMapping | undefined {
  const row = statement(db, 'SELECT name, mapping, updated_at FROM import_mappings WHERE site_id = ? AND name = ?').get(siteId, name) as
    | MappingRow
    | undefined;
  return row && toSaved(row);
}

/** The keys of the sites that saved a mapping of this name: the CLI's `--mapping` needs no `--site` when there is one. */
export function sitesWithMapping(db: Db, name: string): string[] {
  return statement(db, 'SELECT s.key FROM import_mappings m JOIN sites s ON s.id = m.site_id WHERE m.name = ? ORDER BY s.key').pluck().all(name) as string[];
}

/** Saves a mapping under its name, replacing one of the same name (next month's corrections). */
export function saveImportMapping(db: Db, siteId: number, name: string, mapping: ImportMapping, now: number): void {
  write(db, () =>
    statement(
      db,
      `INSERT INTO import_mappings (site_id, name, mapping, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (site_id, name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
    ).run(siteId, name, JSON.stringify(mapping), now),
  );
}

export function deleteImportMapping(db: Db, siteId: number, name: string): boolean {
  return write(db, () => statement(db, 'DELETE FROM import_mappings WHERE site_id = ? AND name = ?').run(siteId, name).changes === 1);
}
