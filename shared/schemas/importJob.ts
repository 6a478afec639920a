import { z } from 'zod';
import { IMPORT_MODES } from '../importOptions.ts';
import { importMappingNameSchema, importMappingSchema } from './importMapping.ts';

/** The kinds of invalid row an import reports, each with the file line it is on. */
export const IMPORT_ERROR_CODES = [
  'missing_column',
  'bad_mapping',
  'unreadable_file',
  'cell_count',
  'missing_value',
  'bad_date',
  'date_out_of_range',
  'bad_score',
  'score_off_scale',
  'unknown_channel',
  'unknown_page',
  'comment_too_long',
  'attribute_too_long',
  'bad_language',
  'invalid_row',
] as const;

export const importRowErrorSchema = z.object({
  line: z.number().int(),
  code: z.enum(IMPORT_ERROR_CODES),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export type ImportMode = (typeof IMPORT_MODES)[number];

/** A mapping given inline, or the name of one the site saved. */
const mappingChoiceSchema = z.union([
  z.object({ mapping: importMappingSchema }),
  z.object({ mappingName: importMappingNameSchema }),
]);

/** `POST …/imports/:id/preview`: the first rows as they would be stored. */
export const importPreviewRequestSchema = z.intersection(mappingChoiceSchema, z.object({ rows: z.number().int().min(1).max(50).default(10) }));

/** `POST …/imports/:id/start`. */
export const importStartRequestSchema = z.intersection(mappingChoiceSchema, z.object({ mode: z.enum(IMPORT_MODES) }));

/** One row of the preview: what it is stored as, or why it cannot be. */
export const importPreviewRowSchema = z.object({
  line: z.number().int(),
  stored: z
    .object({
      kind: z.enum(['page_rating', 'survey_answer']),
      createdAt: z.string(),
      channel: z.string(),
      path: z.string(),
      score: z.number(),
      scoreType: z.string(),
      comment: z.string().optional(),
      lang: z.string().optional(),
      attributes: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  errors: z.array(importRowErrorSchema),
});

export const importPreviewSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(importPreviewRowSchema),
  /** Problems with the file or mapping as a whole (a mapped column the file lacks). */
  fileErrors: z.array(importRowErrorSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>;

export const IMPORT_STATUSES = ['uploaded', 'reading', 'storing', 'done', 'failed'] as const;

/** `GET …/imports/:id` (and the upload's answer): where an import is, and its report once done. */
export const importJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  size: z.number().int(),
  columns: z.array(z.string()),
  status: z.enum(IMPORT_STATUSES),
  mode: z.enum(IMPORT_MODES).nullable(),
  /** Share of the file read, 0–1. */
  progress: z.number(),
  rowsRead: z.number().int(),
  rowsValid: z.number().int(),
  inserted: z.number().int(),
  /** Valid rows already stored (the same file imported twice). */
  duplicates: z.number().int(),
  errorCount: z.number().int(),
  /** The first errors by line; all of them (up to the stored cap) at `…/errors.csv`. */
  errors: z.array(importRowErrorSchema),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
