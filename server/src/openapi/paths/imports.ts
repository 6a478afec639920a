import { z } from 'zod';
import { importJobSchema, importPreviewRequestSchema, importPreviewSchema, importStartRequestSchema } from '../../../../shared/schemas/importJob.ts';
import {
  saveImportMappingSchema,
  savedImportMappingSchema,
  savedImportMappingsSchema,
  type ImportMappingInput,
} from '../../../../shared/schemas/importMapping.ts';
import { deletedSchema } from '../../../../shared/schemas/deletion.ts';
import type { ApiOperation } from '../apiOperation.ts';

const CALL_CENTRE: ImportMappingInput = {
  columns: { date: 'Call date', score: 'Score (1-10)', page: 'Topic', comment: 'Agent notes', channel: 'Channel', id: 'Call ID' },
  attributes: { region: 'Region' },
  dateFormat: 'dmy',
  score: { min: 1, max: 10, to: 'rating' },
  channels: { 'Call centre': 'phone' },
  pages: { Payment: '/checkout/payment' },
};

const JOB = {
  id: 'imp_Zx81kQ2mWb0aLr5n',
  fileName: 'call-centre-november.csv',
  format: 'csv',
  size: 48_213,
  columns: ['Call ID', 'Call date', 'Channel', 'Topic', 'Score (1-10)', 'Agent notes', 'Region'],
  status: 'done',
  mode: 'valid-only',
  progress: 1,
  rowsRead: 412,
  rowsValid: 410,
  inserted: 410,
  duplicates: 0,
  errorCount: 2,
  errors: [{ line: 37, code: 'bad_date', message: '"31/02/2026" is not a date written day first (31/12/2026) or ISO' }],
  failure: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  finishedAt: '2026-12-01T09:00:02.000Z',
};

/** routes/imports.ts, routes/importMappings.ts */
export const importOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/sites/:siteKey/imports',
    tag: 'Data',
    summary: 'Upload a CSV or XLSX export from another tool (a call centre, a store survey) to import',
    description:
      'The body is the file itself, up to 50 MB, streamed to disk; CSV or XLSX is told from its bytes, not its name (`?name=` is shown in the report). Answers the file’s columns for the mapping. Nothing is imported yet.',
    query: { schema: z.object({ name: z.string().optional().describe('The file’s name, for the report.') }), example: { name: 'call-centre-november.csv' } },
    body: { schema: z.string().describe('The CSV text or the XLSX workbook.'), contentType: 'text/csv', example: 'Call date,Score (1-10)\n03/11/2026,4\n' },
    answer: { status: 201, description: 'The upload, with its columns.', schema: importJobSchema, example: { ...JOB, status: 'uploaded', mode: null, progress: 0 } },
    errors: { 413: 'The file is larger than 50 MB.', 415: 'Neither CSV nor XLSX.' },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/imports/:id',
    tag: 'Data',
    summary: 'An import’s progress, and its report once done',
    description: '`progress` is the share of the file read. Once `done`: rows inserted, valid rows already stored (`duplicates`), invalid rows (`errorCount`, the first 100 in `errors`, by line). `failed`: nothing was imported, `failure` says why.',
    answer: { status: 200, description: 'The import.', schema: importJobSchema, example: JOB },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/imports/:id/preview',
    tag: 'Data',
    summary: 'The first rows of an uploaded file as a mapping would store them, with each row’s errors',
    body: { schema: importPreviewRequestSchema, example: { mapping: CALL_CENTRE, rows: 5 } },
    answer: { status: 200, description: 'The rows as stored.', schema: importPreviewSchema },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/imports/:id/start',
    tag: 'Data',
    summary: 'Import an uploaded file with a mapping (inline or saved by name)',
    description:
      '`all-or-nothing`: one invalid row and nothing is stored; `valid-only`: the valid rows are stored and the invalid ones reported. Either way the rows are stored in one transaction once the whole file is read. Answers at once; poll the import for progress. `touchpoint import FILE --mapping NAME` does the same.',
    body: { schema: importStartRequestSchema, example: { mappingName: 'Call centre', mode: 'all-or-nothing' } },
    answer: { status: 202, description: 'Started.', schema: importJobSchema, example: { ...JOB, status: 'reading', progress: 0 } },
    errors: { 409: 'The import is running, or done.' },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/imports/:id/errors.csv',
    tag: 'Data',
    summary: 'Every invalid row of an import (up to 10 000): line, code, reason',
    answer: { status: 200, description: 'CSV, as an attachment.', contentType: 'text/csv' },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/import-mappings',
    tag: 'Data',
    summary: 'The site’s saved import mappings',
    answer: { status: 200, description: 'By name.', schema: savedImportMappingsSchema },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/import-mappings/:name',
    tag: 'Data',
    summary: 'Save a mapping under a name (replacing one of that name), for next month’s file',
    body: { schema: saveImportMappingSchema, example: { mapping: CALL_CENTRE } },
    answer: { status: 200, description: 'Saved, defaults filled in.', schema: savedImportMappingSchema },
  },
  {
    method: 'delete',
    path: '/api/sites/:siteKey/import-mappings/:name',
    tag: 'Data',
    summary: 'Delete a saved mapping',
    answer: { status: 200, description: 'Deleted.', schema: deletedSchema, example: { deleted: 1 } },
  },
];
