import { LIMITS } from '../shared/limits.ts';
import type { ImportResult } from '../shared/schemas/import.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { generateSeedResponses, type SeedOptions } from './seedResponses.ts';

export interface SeedDemoOptions extends AdminApi {
  siteKey: string;
  /** Passed on to generateSeedResponses (days, now, seed). */
  generate?: Omit<SeedOptions, 'idPrefix'>;
  batchSize?: number;
}

/** Imports the demo ratings into a site in batches; returns how many were sent and how many were new. */
export async function seedDemoSite(options: SeedDemoOptions): Promise<ImportResult> {
  // Ids are unique across the collector: prefix them with the site so that
  // another demo site in the same database gets its own copy.
  const responses = generateSeedResponses({ ...options.generate, idPrefix: `demo_${options.siteKey}` });
  const batchSize = Math.min(options.batchSize ?? 1000, LIMITS.importBatch);
  const total: ImportResult = { received: 0, inserted: 0 };
  for (let i = 0; i < responses.length; i += batchSize) {
    const result = await adminRequest<ImportResult>(
      options,
      'POST',
      `/api/sites/${encodeURIComponent(options.siteKey)}/import`,
      { responses: responses.slice(i, i + batchSize) },
    );
    total.received += result.received;
    total.inserted += result.inserted;
  }
  return total;
}

export function seededMessage(result: ImportResult, siteName = 'Demo shop'): string {
  return `Seeded ${result.received} responses (${result.inserted} new) into ${siteName}`;
}
