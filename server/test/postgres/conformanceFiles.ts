/**
 * The server test files that run their apps on PostgreSQL too and pass there
 * (vitest.config.ts runs them in the `postgres` project). Widen it file by file
 * as the engine catches up; a file here that fails on PostgreSQL fails `npm test`.
 * Only files whose apps come from testApp()/testDb() (or a fixture built on
 * them) belong here: the others open SQLite themselves and would prove nothing.
 */
export const POSTGRES_CONFORMANCE_FILES: string[] = [
  'server/test/dbEngine.test.ts',
  'server/test/sites.test.ts',
  'server/test/collect.test.ts',
  'server/test/collectFuzz.test.ts',
  'server/test/hostileInput.test.ts',
  'server/test/summary.test.ts',
  'server/test/touchpoints.test.ts',
  'server/test/auth.test.ts',
  'server/test/signInThrottle.test.ts',
  'server/test/proxyOrigin.test.ts',
  'server/test/routeRoles.test.ts',
  'server/test/storageErrors.test.ts',
  'server/test/fullDisk.test.ts',
  'server/test/import/cliMapping.test.ts',
  'server/test/import/interruptedImport.test.ts',
  'server/test/import/mapping.test.ts',
  'server/test/import/rowErrors.test.ts',
  'server/test/webhooks/weeklyDigest.test.ts',
  'server/test/bots.test.ts',
  'server/test/exports.test.ts',
  'server/test/import/demoCallCentre.test.ts',
  'server/test/import/scales.test.ts',
  'server/test/import/xlsxAndFormulas.test.ts',
  'server/test/insightPages.test.ts',
  'server/test/journeys.test.ts',
  'server/test/lazyRoutes.test.ts',
  'server/test/pageApiAssets.test.ts',
  'server/test/patternRuleCost.test.ts',
  'server/test/rateLimit.test.ts',
  'server/test/siteConfig.test.ts',
  'server/test/siteLookupCache.test.ts',
  'server/test/webhooks/alertMail.test.ts',
  'server/test/webhooks/relay.test.ts',
  'server/test/webhooks/spikeAlerts.test.ts',
  'server/test/widgetAssets.test.ts',
  'server/test/surveys.test.ts',
  'server/test/surveyResults.test.ts',
  'server/test/cases/openCases.test.ts',
  'server/test/privacy.test.ts',
  'server/test/accounts.test.ts',
];
