import { LIMITS } from '../shared/limits.ts';
import type { ImportRequest, ImportResult } from '../shared/schemas/import.ts';
import { CALL_CENTRE_MAPPING, CALL_CENTRE_MAPPING_NAME } from './callCentreCsv.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { seedDemoCampaign, type CampaignSeed } from './seedCampaign.ts';
import { ensureDemoRouting, seedDemoCases } from './seedCases.ts';
import { generateAbandonedVisitRatings } from './seedAbandonedVisitRatings.ts';
import { generateSeedJourneys } from './seedJourneys.ts';
import { generateSeedResponses, type SeedOptions } from './seedResponses.ts';
import { generateSeedSurveyAnswers } from './seedSurveyAnswers.ts';

export interface SeedDemoOptions extends AdminApi {
  siteKey: string;
  /** Passed on to generateSeedResponses and generateSeedJourneys (days, now, seed). */
  generate?: Omit<SeedOptions, 'idPrefix'>;
  /** Items per import request (default and most: LIMITS.importBatch). */
  batchSize?: number;
  /** The collector's data directory, when it runs on this machine: the seed then gives the cases a history (demo/seedCases.ts). */
  dataDir?: string;
}

/** What seeding sent and stored: page ratings (some during checkout visits that were abandoned), checkout step events with "What stopped you?" answers, after-order survey answers. */
export interface SeedResult {
  ratings: ImportResult;
  checkout: ImportResult;
  surveyAnswers: ImportResult;
  /** Cases opened for the older history and cases closed in all, when the data directory was given. */
  cases?: { opened: number; closed: number };
  /** The post-purchase e-mail campaign: invitations sent and answers through their links. */
  campaign: CampaignSeed;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/**
 * The dashboard's "Last 30 days" (30 UTC days, today's so far included) and the
 * 30 before them, which every change and every "new" or "growing" flag is
 * measured against: with only one period seeded, every problem would be "new".
 */
const DEMO_DAYS = 60;

/**
 * Imports the demo ratings, checkout journey (with abandonment) and after-order
 * survey answers into a site through the import endpoint, in batches; returns how
 * many were sent and how many were new. The site should have the checkout journey
 * and the after-order survey (ensureDemoSite).
 */
export async function seedDemoSite(options: SeedDemoOptions): Promise<SeedResult> {
  // Before the imports, so the cases they open are routed by it.
  await ensureDemoRouting(options, options.siteKey);
  // Offered on the Import page for demo/call-centre.csv; saving again replaces it with today's.
  const mappingPath = `/api/sites/${encodeURIComponent(options.siteKey)}/import-mappings/${encodeURIComponent(CALL_CENTRE_MAPPING_NAME)}`;
  await adminRequest(options, 'PUT', mappingPath, { mapping: CALL_CENTRE_MAPPING });
  // Up to the last whole hour, so seeding again within the hour adds nothing.
  const now = +(options.generate?.now ?? Math.floor(Date.now() / HOUR_MS) * HOUR_MS);
  const generate: SeedOptions = {
    now,
    // From midnight UTC, so the dashboard's previous period holds no stray part of a day.
    days: DEMO_DAYS - 1 + (now - Math.floor(now / DAY_MS) * DAY_MS) / DAY_MS,
    ...options.generate,
    // Ids are unique across the collector: prefix them with the site so that
    // another demo site in the same database gets its own copy.
    idPrefix: `demo_${options.siteKey}`,
  };
  const ratings = generateSeedResponses(generate);
  const checkout = generateSeedJourneys(generate);
  // Ratings before checkout events, as they arrive in a visit that rated pages and then gave up.
  const abandonedVisitRatings = generateAbandonedVisitRatings(checkout, generate);
  const result: SeedResult = {
    ratings: await importInBatches(options, [...ratings, ...abandonedVisitRatings]),
    checkout: await importInBatches(options, checkout),
    // After-order answers only for the visits that ordered, never for those that gave up.
    surveyAnswers: await importInBatches(options, generateSeedSurveyAnswers(ratings, generate)),
    campaign: await seedDemoCampaign(options, options.siteKey),
  };
  if (options.dataDir) result.cases = seedDemoCases(options.dataDir, options.siteKey, now, DEMO_DAYS);
  return result;
}

async function importInBatches(options: SeedDemoOptions, items: ImportRequest['responses']): Promise<ImportResult> {
  const batchSize = Math.min(options.batchSize ?? LIMITS.importBatch, LIMITS.importBatch);
  const total: ImportResult = { received: 0, inserted: 0 };
  for (let i = 0; i < items.length; i += batchSize) {
    const result = await adminRequest<ImportResult>(
      options,
      'POST',
      `/api/sites/${encodeURIComponent(options.siteKey)}/import`,
      { responses: items.slice(i, i + batchSize) },
    );
    total.received += result.received;
    total.inserted += result.inserted;
  }
  return total;
}

export function seededMessage({ ratings, checkout, surveyAnswers, cases, campaign }: SeedResult, siteName = 'Demo shop'): string {
  return (
    `Seeded ${ratings.received} ratings (${ratings.inserted} new), ` +
    `${checkout.received} checkout events and answers (${checkout.inserted} new) and ` +
    `${surveyAnswers.received} survey answers (${surveyAnswers.inserted} new) into ${siteName}` +
    (cases ? `, with ${cases.opened} older cases opened and ${cases.closed} closed in all` : '') +
    (campaign.created ? `; the post-purchase campaign invited ${campaign.invited} customers and ${campaign.answered} of ${campaign.clicked} score clicks were recorded` : '')
  );
}
