import type { ApiOperation } from '../apiOperation.ts';
import { accountOperations } from './account.ts';
import { campaignOperations } from './campaigns.ts';
import { caseOperations } from './cases.ts';
import { caseSettingsOperations } from './caseSettings.ts';
import { collectOperations } from './collect.ts';
import { commentOperations } from './comments.ts';
import { dataOperations } from './data.ts';
import { hostedSurveyOperations } from './hostedSurveys.ts';
import { importOperations } from './imports.ts';
import { journeyOperations } from './journeys.ts';
import { loopOperations } from './loop.ts';
import { mailLinkOperations } from './mailLinks.ts';
import { openApiOperations } from './openapi.ts';
import { reportOperations } from './reports.ts';
import { routingRuleOperations } from './routingRules.ts';
import { sentMailOperations } from './sentMail.ts';
import { siteConfigOperations } from './siteConfig.ts';
import { siteOperations } from './sites.ts';
import { surveyOperations } from './surveys.ts';
import { teamOperations } from './teams.ts';
import { touchpointOperations } from './touchpoints.ts';
import { userOperations } from './users.ts';
import { webhookOperations } from './webhooks.ts';

/**
 * Every `/v1` and `/api` route, in the reference's order. A new route module
 * adds its file beside these and one line here; server/test/openapi.test.ts
 * fails for a route that has no entry.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  ...collectOperations,
  ...mailLinkOperations,
  ...siteConfigOperations,
  ...siteOperations,
  ...reportOperations,
  ...dataOperations,
  ...importOperations,
  ...journeyOperations,
  ...touchpointOperations,
  ...commentOperations,
  ...surveyOperations,
  ...hostedSurveyOperations,
  ...caseOperations,
  ...loopOperations,
  ...teamOperations,
  ...routingRuleOperations,
  ...caseSettingsOperations,
  ...sentMailOperations,
  ...campaignOperations,
  ...webhookOperations,
  ...accountOperations,
  ...userOperations,
  ...openApiOperations,
];
