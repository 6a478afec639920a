import { z } from 'zod';
import { deletedSchema } from '../../../../shared/schemas/deletion.ts';
import { importRequestSchema, importResultSchema } from '../../../../shared/schemas/import.ts';
import { dateRangeQuerySchema } from '../../../../shared/schemas/summary.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE, SITE_KEY } from './examples.ts';

const exportOf = (file: string, what: string, format: 'csv' | 'ndjson'): ApiOperation => ({
  method: 'get',
  path: `/api/sites/:siteKey/${file}.${format}`,
  tag: 'Data',
  summary: `Export ${what} as ${format === 'csv' ? 'CSV (cells safe against formula injection)' : 'NDJSON, one object a line'}`,
  description: 'Every column but internal ones, oldest first, streamed; the range defaults to everything. `touchpoint export` writes the same.',
  query: { schema: dateRangeQuerySchema, example: RANGE },
  answer: {
    status: 200,
    description: 'The rows, as an attachment.',
    contentType: format === 'csv' ? 'text/csv' : 'application/x-ndjson',
  },
});

/** routes/exports.ts, routes/importResponses.ts, routes/deleteResponses.ts */
export const dataOperations: ApiOperation[] = [
  exportOf('export', 'every response of a range', 'csv'),
  exportOf('export', 'every response of a range', 'ndjson'),
  exportOf('survey-answers', 'every answered survey question of a range', 'csv'),
  exportOf('survey-answers', 'every answered survey question of a range', 'ndjson'),
  {
    method: 'post',
    path: '/api/sites/:siteKey/import',
    tag: 'Data',
    summary: 'Import past responses from other channels: page ratings, journey events, "What stopped you?" and survey answers',
    description: 'All or nothing; ids already stored are skipped, so a retried batch adds nothing. No row may be dated more than a day after the collector’s clock. `touchpoint import` reads NDJSON or CSV into the same.',
    body: {
      schema: importRequestSchema,
      example: {
        responses: [
          { type: 'page_rating', id: 'phone_2026_0001', rating: 2, path: '/checkout', comment: 'Could not pay by card', createdAt: '2026-05-03T09:12:00Z', channel: 'phone' },
        ],
      },
    },
    answer: { status: 201, description: 'How many were received and how many were new.', schema: importResultSchema, example: { received: 1, inserted: 1 } },
  },
  {
    method: 'delete',
    path: '/api/sites/:siteKey/responses/:id',
    tag: 'Data',
    summary: 'Delete one response (a shopper asked)',
    answer: { status: 200, description: 'Deleted.', schema: deletedSchema, example: { deleted: 1 } },
  },
  {
    method: 'delete',
    path: '/api/sites/:siteKey/responses',
    tag: 'Data',
    summary: "Delete all of a site's collected data",
    description: 'The site key is repeated as `?confirm=` so it cannot happen by accident.',
    query: { schema: z.object({ confirm: z.string().describe('The site key again.') }), example: { confirm: SITE_KEY } },
    answer: { status: 200, description: 'How many rows were deleted.', schema: deletedSchema, example: { deleted: 1250 } },
  },
];

