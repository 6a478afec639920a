import { Hono } from 'hono';
import { importMappingNameSchema, saveImportMappingSchema, type SavedImportMappings } from '../../../shared/schemas/importMapping.ts';
import type { AppDeps } from '../appContext.ts';
import { deleteImportMapping, listImportMappings, saveImportMapping } from '../db/queries/imports/importMappings.ts';
import { ApiError } from '../http/ApiError.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

/** A site's saved import mappings: list, save under a name (replacing), delete. */
export function importMappingRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/import-mappings', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const mappings = listImportMappings(db, site.id).map((saved) => ({ ...saved, updatedAt: new Date(saved.updatedAt).toISOString() }));
      return c.json({ mappings } satisfies SavedImportMappings);
    })
    .put('/:siteKey/import-mappings/:name', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const name = validate(importMappingNameSchema, c.req.param('name'));
      const { mapping } = validate(saveImportMappingSchema, await readJsonBody(c));
      saveImportMapping(db, site.id, name, mapping, config.now());
      return c.json({ name, mapping, updatedAt: new Date(config.now()).toISOString() });
    })
    .delete('/:siteKey/import-mappings/:name', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      if (!deleteImportMapping(db, site.id, c.req.param('name'))) throw new ApiError(404, 'not_found', 'No saved mapping by that name.');
      return c.json({ deleted: 1 });
    });
}
