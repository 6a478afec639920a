import { z } from 'zod';

/**
 * `GET /api/sites/:siteKey/sent-mail?limit&offset`: the mail log, newest first.
 * `delivered` false with status `written`: no SMTP server was configured, so
 * the message was written as an .eml file in the data directory instead.
 */
export const sentMailQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const sentMailSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  caseId: z.number().int().nullable(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  lang: z.string().nullable(),
  status: z.enum(['pending', 'sent', 'written', 'failed']),
  delivered: z.boolean(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  file: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const sentMailListSchema = z.object({ mail: z.array(sentMailSchema), more: z.boolean() });

export type SentMail = z.infer<typeof sentMailSchema>;
export type SentMailList = z.infer<typeof sentMailListSchema>;
