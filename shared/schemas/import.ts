import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { abandonReasonSchema, channelSchema, deviceSchema, journeyEventSchema, pageRatingSchema, surveyAnswerSchema } from './response.ts';

const DAY = 86_400_000;
/** The earliest day an imported row may carry: older dates are typos (year 0001), not feedback. */
export const IMPORT_EARLIEST = '2000-01-01';
/**
 * How far past the collector's clock an imported row may be dated: a day
 * covers clocks and time zones that disagree; a row dated later would never
 * reach the site's retention.
 */
export const IMPORT_AHEAD_MS = DAY;

const createdAtSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => Date.parse(value) >= Date.parse(`${IMPORT_EARLIEST}T00:00:00Z`), `must be on or after ${IMPORT_EARLIEST}`);

// Past responses from other channels (phone, e-mail, store surveys) or from a
// seed: the same fields as the widget sends (page ratings, journey step events,
// "What stopped you?" answers, survey answers), plus when and where they were given.
export const importedResponseSchema = pageRatingSchema.omit({ site: true }).extend({
  createdAt: createdAtSchema,
  channel: channelSchema.default('web'),
  device: deviceSchema.optional(),
});

/** A past step event of a journey (abandonment capture elsewhere, or a seed). */
export const importedJourneyEventSchema = journeyEventSchema.omit({ site: true }).extend({
  createdAt: createdAtSchema,
  device: deviceSchema.optional(),
});

/** A past answer to "What stopped you?"; its reason is resolved like a live one. */
export const importedAbandonReasonSchema = abandonReasonSchema.omit({ site: true }).extend({
  createdAt: createdAtSchema,
  channel: channelSchema.default('web'),
  device: deviceSchema.optional(),
});

/**
 * A past answer to a survey question (a survey run elsewhere, or a seed): checked
 * against the site's survey as a live one is. Survey answers are on the web only.
 */
export const importedSurveyAnswerSchema = surveyAnswerSchema.omit({ site: true }).extend({
  createdAt: createdAtSchema,
  device: deviceSchema.optional(),
});

export const importedItemSchema = z.discriminatedUnion('type', [
  importedResponseSchema,
  importedJourneyEventSchema,
  importedAbandonReasonSchema,
  importedSurveyAnswerSchema,
]);

/** An import as the collector reads it at `now`: no row dated more than IMPORT_AHEAD_MS after it. */
export function importRequestSchema(now: number) {
  const latest = now + IMPORT_AHEAD_MS;
  return z.object({
    responses: z
      .array(importedItemSchema)
      .min(1)
      .max(LIMITS.importBatch)
      .superRefine((items, ctx) => {
        items.forEach((item, row) => {
          if (Date.parse(item.createdAt) <= latest) return;
          ctx.addIssue({
            code: 'custom',
            path: [row, 'createdAt'],
            message: `row ${row} is dated ${item.createdAt}, more than a day after the collector's clock (${new Date(now).toISOString()})`,
          });
        });
      }),
  });
}

export const importResultSchema = z.object({
  received: z.number().int(),
  inserted: z.number().int(),
});

export type ImportedItem = z.infer<typeof importedItemSchema>;
/** What a client sends, before defaults (`channel`) are filled in. */
export type ImportedResponseInput = z.input<typeof importedResponseSchema>;
export type ImportedJourneyEventInput = z.input<typeof importedJourneyEventSchema>;
export type ImportedAbandonReasonInput = z.input<typeof importedAbandonReasonSchema>;
export type ImportedSurveyAnswerInput = z.input<typeof importedSurveyAnswerSchema>;
export type ImportRequest = z.input<ReturnType<typeof importRequestSchema>>;
export type ImportResult = z.infer<typeof importResultSchema>;
