import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { channelSchema, deviceSchema, pageRatingSchema } from './response.ts';

// Past responses from other channels (phone, e-mail, store surveys) or from a
// seed: the same fields as the widget sends, plus when and where they were given.
export const importedResponseSchema = pageRatingSchema.omit({ site: true }).extend({
  createdAt: z.iso.datetime({ offset: true }),
  channel: channelSchema.default('web'),
  device: deviceSchema.optional(),
});

export const importRequestSchema = z.object({
  responses: z.array(importedResponseSchema).min(1).max(LIMITS.importBatch),
});

export const importResultSchema = z.object({
  received: z.number().int(),
  inserted: z.number().int(),
});

export type ImportedResponse = z.infer<typeof importedResponseSchema>;
export type ImportRequest = z.input<typeof importRequestSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
