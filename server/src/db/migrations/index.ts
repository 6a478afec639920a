// Versioned schema changes, applied in order at start, one file each. Never edit
// a released migration: add the next one here.
import { sitesResponsesSessions } from './001-sitesResponsesSessions.ts';
import { journeys } from './002-journeys.ts';
import { privacy } from './003-privacy.ts';
import { touchpointsStages } from './004-touchpointsStages.ts';
import { teamAccounts } from './005-teamAccounts.ts';
import { surveys } from './006-surveys.ts';
import { commentThemesTags } from './007-commentThemesTags.ts';
import { appearance } from './008-appearance.ts';
import { visitorColumns } from './009-visitorColumns.ts';
import { peakEndRollup } from './010-peakEndRollup.ts';
import { commentTagSet } from './011-commentTagSet.ts';
import { visitorSaltsLeave } from './012-visitorSaltsLeave.ts';
import { siteMembers } from './013-siteMembers.ts';
import { teamsAndRouting } from './014-teamsAndRouting.ts';
import { cases } from './015-cases.ts';
import { mail } from './016-mail.ts';
import { webhookEndpoints } from './020-webhookEndpoints.ts';
import { webhookEvents } from './021-webhookEvents.ts';
import { webhookDeliveries } from './022-webhookDeliveries.ts';
import { problemAnnouncements } from './023-problemAnnouncements.ts';
import { weeklyDigests } from './024-weeklyDigests.ts';
import { caseWebhookEvents } from './025-caseWebhookEvents.ts';
import { responseTokenKeys } from './026-responseTokenKeys.ts';
import { siteTimeZone } from './027-siteTimeZone.ts';
import { surveyAnswerChannel } from './028-surveyAnswerChannel.ts';
import { mailHtml } from './029-mailHtml.ts';
import { teamDigests } from './030-teamDigests.ts';
import { imports } from './031-imports.ts';
import { surveyLinkAnswers } from './032-surveyLinkAnswers.ts';
import { campaigns } from './033-campaigns.ts';
import { ratingDays } from './034-ratingDays.ts';
import { zoneRulesSynced } from './035-zoneRulesSynced.ts';
import { termDays } from './036-termDays.ts';
import { fixFirstFilterOptions } from './037-fixFirstFilterOptions.ts';
import { sitesVersion } from './038-sitesVersion.ts';
import { surveyAnswerDays } from './039-surveyAnswerDays.ts';
import { attributeRatingDays } from './040-attributeRatingDays.ts';
import { collectorsShareState } from './041-collectorsShareState.ts';
import type { Migration } from './Migration.ts';

export const MIGRATIONS: Migration[] = [
  sitesResponsesSessions,
  journeys,
  privacy,
  touchpointsStages,
  teamAccounts,
  surveys,
  commentThemesTags,
  appearance,
  visitorColumns,
  peakEndRollup,
  commentTagSet,
  visitorSaltsLeave,
  siteMembers,
  teamsAndRouting,
  cases,
  mail,
  webhookEndpoints,
  webhookEvents,
  webhookDeliveries,
  problemAnnouncements,
  weeklyDigests,
  caseWebhookEvents,
  responseTokenKeys,
  siteTimeZone,
  surveyAnswerChannel,
  mailHtml,
  teamDigests,
  imports,
  surveyLinkAnswers,
  campaigns,
  ratingDays,
  zoneRulesSynced,
  termDays,
  fixFirstFilterOptions,
  sitesVersion,
  surveyAnswerDays,
  attributeRatingDays,
  collectorsShareState,
];
