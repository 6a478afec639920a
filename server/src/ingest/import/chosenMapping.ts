import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import type { Db } from '../../db/openDatabase.ts';
import { findImportMapping } from '../../db/queries/imports/importMappings.ts';
import { ApiError } from '../../http/ApiError.ts';

/** The mapping a request gives inline, or the one the site saved under `mappingName` (404 when none). */
export function chosenMapping(db: Db, siteId: number, choice: { mapping: ImportMapping } | { mappingName: string }): ImportMapping {
  if ('mapping' in choice) return choice.mapping;
  const saved = findImportMapping(db, siteId, choice.mappingName);
  if (!saved) throw new ApiError(404, 'not_found', `No saved mapping named ${choice.mappingName}.`);
  return saved.mapping;
}
