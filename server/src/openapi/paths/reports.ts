import { channelsQuerySchema, channelsSchema } from '../../../../shared/schemas/channels.ts';
import { fixFirstSchema } from '../../../../shared/schemas/fixFirst.ts';
import { filterOptionsQuerySchema, filterOptionsSchema } from '../../../../shared/schemas/filterOptions.ts';
import { ingestionStatsSchema } from '../../../../shared/schemas/ingestion.ts';
import { fixFirstQuerySchema, insightQuerySchema } from '../../../../shared/schemas/insightQuery.ts';
import { journeyMapSchema } from '../../../../shared/schemas/journeyMap.ts';
import { peakEndQuerySchema, peakEndSchema } from '../../../../shared/schemas/peakEnd.ts';
import { segmentsQuerySchema, segmentsSchema } from '../../../../shared/schemas/segments.ts';
import { dateRangeQuerySchema, summaryQuerySchema, summarySchema } from '../../../../shared/schemas/summary.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE, RANGE_ON_MOBILE } from './examples.ts';

const FILTERS = 'Filtered by the view filters in the query (device, channel, language, visitor, attributes, touchpoint, theme, tag); the range defaults to the 30 days before `to` (now).';

/** The read-only views: routes/summary.ts, ingestion.ts, journeyMap.ts, fixFirst.ts, segments.ts, filterOptions.ts, peakEnd.ts, channels.ts */
export const reportOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/summary',
    tag: 'Views',
    summary: 'The overview: scores with their intervals, daily counts, page scores, latest comments, against the previous period',
    description: FILTERS,
    query: { schema: summaryQuerySchema, example: RANGE_ON_MOBILE },
    answer: { status: 200, description: 'The overview.', schema: summarySchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/ingestion',
    tag: 'Views',
    summary: 'What was received, stored and refused (rate limits, origins, bots) in a range',
    query: { schema: dateRangeQuerySchema, example: RANGE },
    answer: { status: 200, description: 'Ingestion counters.', schema: ingestionStatsSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/journey-map',
    tag: 'Views',
    summary: 'The journey map: scores per stage and touchpoint',
    description: FILTERS,
    query: { schema: insightQuerySchema, example: RANGE },
    answer: { status: 200, description: 'The map.', schema: journeyMapSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/fix-first',
    tag: 'Views',
    summary: '"Fix first": the problems ranked by how many visits they cost',
    description: FILTERS,
    query: { schema: fixFirstQuerySchema, example: { ...RANGE, kind: 'page', limit: '10' } },
    answer: { status: 200, description: 'The ranked problems.', schema: fixFirstSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/segments',
    tag: 'Views',
    summary: 'Scores split by device, channel, language, visitor, touchpoint or an attribute',
    description: FILTERS,
    query: { schema: segmentsQuerySchema, example: { ...RANGE, by: 'device' } },
    answer: { status: 200, description: 'One row per segment, plus all together.', schema: segmentsSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/filter-options',
    tag: 'Views',
    summary: 'The pages, languages, channels and attribute values a range has, for filter menus',
    query: { schema: filterOptionsQuerySchema, example: RANGE },
    answer: { status: 200, description: 'The choices.', schema: filterOptionsSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/peak-end',
    tag: 'Views',
    summary: 'Peak–end: how visits’ best, worst and last moments relate to their mean and to NPS',
    description: FILTERS,
    query: { schema: peakEndQuerySchema, example: RANGE },
    answer: { status: 200, description: 'The peak–end view.', schema: peakEndSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/channels',
    tag: 'Views',
    summary: 'Channels compared: per touchpoint and per survey, each channel’s score with its interval, share and difference from the web',
    description: `${FILTERS} The \`channel\` filter is not taken: the view compares the channels. A channel is \`worse\` on a touchpoint when the 95% interval of its net experience minus the web's (MOVER) lies below 0; on a survey, the same with the survey's first score question (NPS, CSAT, CES or thumbs up, scored as in the survey results).`,
    query: { schema: channelsQuerySchema, example: RANGE_ON_MOBILE },
    answer: { status: 200, description: 'All touchpoints, then each touchpoint with ratings, one cell per channel; then each survey with answers, one cell per channel.', schema: channelsSchema },
  },
];
