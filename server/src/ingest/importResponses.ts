import { importRequestSchema, type ImportResult } from '../../../shared/schemas/import.ts';
import { insertBatch } from '../db/insertBatch.ts';
import type { Db } from '../db/openDatabase.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { validate } from '../http/validate.ts';
import { groupCommit } from './groupCommit.ts';
import { importedRows } from './importedRows.ts';

/**
 * One import batch, `{ responses: [...] }`, checked and stored as
 * `POST /api/sites/:siteKey/import` and `touchpoint import` both do: all or
 * nothing, ids already stored skipped. Throws the 400 `ApiError` of `validate`.
 */
export function importResponses(db: Db, site: StoredSite, body: unknown, now: number): ImportResult {
  const { responses } = validate(importRequestSchema(now), body);
  const inserted = insertBatch(db, importedRows(db, site, responses, now));
  // The consumers of stored rows (comment terms, …) run before the answer, so the views show an import at once.
  groupCommit(db).drain();
  return { received: responses.length, inserted };
}
