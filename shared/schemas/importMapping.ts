import { z } from 'zod';
import { IMPORT_DATE_FORMATS, IMPORT_SCORE_TYPES } from '../importOptions.ts';
import { LIMITS } from '../limits.ts';
import { channelSchema, pagePathSchema } from './response.ts';

/** A column of the file, by its header cell as written. */
const columnSchema = z.string().trim().min(1).max(200);

const importScoreTypeSchema = z.enum(IMPORT_SCORE_TYPES);

const scoreScaleSchema = z
  .object({
    /** The file's own scale, declared: a score outside it is an error, never clamped. */
    min: z.number().int().min(-100).max(100),
    max: z.number().int().min(-100).max(100),
    /** What it is stored as; a different scale is rescaled linearly, ends to ends (1–10 → NPS: 1 → 0, 10 → 10). */
    to: importScoreTypeSchema,
    /** NPS and CES are survey answers: the site's survey and question (of that type) they answer. */
    survey: z.string().min(1).max(40).optional(),
    question: z.string().min(1).max(40).optional(),
  })
  .refine((scale) => scale.max > scale.min, { message: 'the scale ends above where it starts', path: ['max'] })
  .refine((scale) => (scale.to !== 'nps' && scale.to !== 'ces') || (scale.survey && scale.question), {
    message: 'NPS and CES scores are stored as answers to a survey question: name the survey and the question',
    path: ['survey'],
  });

/**
 * How the columns of an export from another tool (a call centre, a store
 * survey, another feedback product) become Touchpoint's rows. Saved per site
 * by name, so next month's file imports with the same mapping.
 */
export const importMappingSchema = z.object({
  columns: z.object({
    date: columnSchema,
    score: columnSchema,
    /** Without it every row has `channel`. */
    channel: columnSchema.optional(),
    /** A page path (`/checkout/payment`), a touchpoint's name or key, or a value listed in `pages`. */
    page: columnSchema.optional(),
    comment: columnSchema.optional(),
    language: columnSchema.optional(),
    /** The tool's own id for the answer: importing the same file again skips what is stored. Without it, the row's cells are the id. */
    id: columnSchema.optional(),
  }),
  /** Attribute name → column (`{"store": "Branch"}`). */
  attributes: z
    .record(z.string().min(1).max(LIMITS.attributeKey), columnSchema)
    .refine((attributes) => Object.keys(attributes).length <= LIMITS.attributes, `at most ${LIMITS.attributes} attributes`)
    .default({}),
  dateFormat: z.enum(IMPORT_DATE_FORMATS).default('iso'),
  /** IANA time zone of dates written without an offset; the site's own when left out. */
  timeZone: z.string().min(1).max(64).optional(),
  score: scoreScaleSchema,
  /** The channel of every row when no column gives it. */
  channel: channelSchema.default('phone'),
  /** The file's words for channels (`"Call centre"` → phone); a channel's own name is always understood. */
  channels: z.record(z.string().min(1).max(120), channelSchema).default({}),
  /** The page of every row when no column gives it. */
  page: pagePathSchema.optional(),
  /** The file's words for pages (`"Payment"` → `/checkout/payment`). */
  pages: z.record(z.string().min(1).max(200), pagePathSchema).default({}),
});

export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

export const importMappingNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^/\\]+$/, 'a name without slashes');

/** `PUT /api/sites/:siteKey/import-mappings/:name`. */
export const saveImportMappingSchema = z.object({ mapping: importMappingSchema });

/** The answer to a save: the mapping as stored, defaults filled in. */
export const savedImportMappingSchema = z.object({ name: z.string(), mapping: importMappingSchema, updatedAt: z.string() });

/** `GET /api/sites/:siteKey/import-mappings`: every saved mapping, by name. */
export const savedImportMappingsSchema = z.object({
  mappings: z.array(savedImportMappingSchema),
});
export type SavedImportMappings = z.infer<typeof savedImportMappingsSchema>;
