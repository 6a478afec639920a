import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { abandonReasonSchema, channelSchema, deviceSchema, journeyEventSchema, pageRatingSchema, surveyAnswerSchema } from './response.ts';

// Past responses from other channels (phone, e-mail, store surveys) or from a
// seed: the same fields as the widget sends (page ratings, journey step events,
// "What stopped you?" answers, survey answers), plus when and where they were given.
export const importedResponseSchema = pageRatingSchema.omit({ site: true }).extend({
  createdAt: z.iso.datetime({ offset: true }),
  channel: channelSchema.default('web'),
  device: deviceSchema.optional(),
});

/** A past step event of a journey (abandonment capture elsewhere, or a seed). */
export const importedJourneyEventSchema = journeyEventSchema.omit({ site: true }).extend({
  createdAt: z.iso.datetime({ offset: true }),
  device: deviceSchema.optional(),
});

/** A past answer to "What stopped you?"; its reason is resolved like a live one. */
export const importedAbandonReasonSchema = abandonReasonSchema.omit({ site: true }).extend({
  createdAt: z.iso.datetime({ offset: true }),
  channel: channelSchema.default('web'),
  device: deviceSchema.optional(),
});

/**
 * A past answer to a survey question (a survey run elsewhere, or a seed): checked
 * against the site's survey as a live one is. Survey answers are on the web only.
 */
export const importedSurveyAnswerSchema = surveyAnswerSchema.omit({ site: true }).extend({
  createdAt: z.iso.datetime({ offset: true }),
  device: deviceSchema.optional(),
});

export const importedItemSchema = z.discriminatedUnion('type', [
  importedResponseSchema,
  importedJourneyEventSchema,
  importedAbandonReasonSchema,
  importedSurveyAnswerSchema,
]);

export const importRequestSchema = z.object({
  responses: z.array(importedItemSchema).min(1).max(LIMITS.importBatch),
});

export const importResultSchema = z.object({
  received: z.number().int(),
  inserted: z.number().int(),
});

export type ImportedResponse = z.infer<typeof importedResponseSchema>;
export type ImportedJourneyEvent = z.infer<typeof importedJourneyEventSchema>;
export type ImportedAbandonReason = z.infer<typeof importedAbandonReasonSchema>;
export type ImportedSurveyAnswer = z.infer<typeof importedSurveyAnswerSchema>;
export type ImportedItem = z.infer<typeof importedItemSchema>;
/** What a client sends, before defaults (`channel`) are filled in. */
export type ImportedResponseInput = z.input<typeof importedResponseSchema>;
export type ImportedJourneyEventInput = z.input<typeof importedJourneyEventSchema>;
export type ImportedAbandonReasonInput = z.input<typeof importedAbandonReasonSchema>;
export type ImportedSurveyAnswerInput = z.input<typeof importedSurveyAnswerSchema>;
export type ImportRequest = z.input<typeof importRequestSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
