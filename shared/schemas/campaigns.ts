import { z } from 'zod';
import { LIMITS } from '../limits.ts';

// E-mail survey campaigns (invitations): the wire formats of routes/campaigns.ts
// and routes/suppressions.ts.

const slug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -');
const lang = z.string().min(2).max(LIMITS.lang).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or zh-CN');

/** The words of the mail in one language; `{{name}}` and `{{column}}` are filled from the recipient's row. */
export const campaignMessageSchema = z.object({
  subject: z.string().trim().min(1).max(200),
  intro: z.string().trim().min(1).max(2000),
});

export const campaignInputSchema = z
  .object({
    slug,
    name: z.string().trim().min(1).max(80),
    survey: slug,
    /** One message per language; a recipient in another language gets `defaultLang`'s. */
    messages: z.record(lang, campaignMessageSchema).refine((m) => Object.keys(m).length >= 1 && Object.keys(m).length <= 20, 'one to 20 languages'),
    defaultLang: lang,
    /** Invitations released per minute (the outbox is given their send times). */
    throttlePerMinute: z.number().int().min(1).max(1000).default(60),
    /** One reminder this many days after sending, to recipients who neither answered nor unsubscribed; null: none. */
    reminderAfterDays: z.number().int().min(1).max(60).nullable().default(null),
  })
  .refine((c) => c.defaultLang in c.messages, { path: ['defaultLang'], message: 'the default language needs a message' });

export const campaignStatusSchema = z.enum(['draft', 'sending', 'sent']);

export const campaignCountsSchema = z.object({
  recipients: z.number().int(),
  /** Not invited yet: the next send mails them. */
  queued: z.number().int(),
  /** Invited, their mail waiting in the outbox for the campaign's pace. */
  waiting: z.number().int(),
  sent: z.number().int(),
  /** Kept as .eml files for want of an SMTP server: not delivered. */
  written: z.number().int(),
  failed: z.number().int(),
  suppressed: z.number().int(),
  answered: z.number().int(),
  unsubscribed: z.number().int(),
  reminded: z.number().int(),
});

export const campaignSchema = z.object({
  slug: z.string(),
  name: z.string(),
  survey: z.string(),
  messages: z.record(z.string(), campaignMessageSchema),
  defaultLang: z.string(),
  throttlePerMinute: z.number().int(),
  reminderAfterDays: z.number().int().nullable(),
  status: campaignStatusSchema,
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  counts: campaignCountsSchema,
});

export const campaignListSchema = z.object({ campaigns: z.array(campaignSchema) });

/** `POST …/campaigns/:campaign/recipients`: the CSV's text (columns email, name, language; any other column is an attribute). */
export const recipientUploadSchema = z.object({ csv: z.string().min(1).max(LIMITS.apiBody) });

export const recipientRowIssueSchema = z.object({
  /** The line in the file (the header is line 1). */
  line: z.number().int(),
  email: z.string().nullable(),
  problem: z.enum(['invalid', 'duplicate', 'suppressed']),
  message: z.string(),
});

export const recipientUploadResultSchema = z.object({
  added: z.number().int(),
  issues: z.array(recipientRowIssueSchema),
});

export const campaignPreviewQuerySchema = z.object({ lang: lang.optional() });

export const campaignPreviewSchema = z.object({
  lang: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
});

export const recipientStateSchema = z.enum(['queued', 'sending', 'sent', 'written', 'failed', 'suppressed', 'answered', 'unsubscribed']);

export const sendLogQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const sendLogEntrySchema = z.object({
  email: z.string(),
  name: z.string().nullable(),
  lang: z.string().nullable(),
  state: recipientStateSchema,
  invitedAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  error: z.string().nullable(),
});

export const sendLogSchema = z.object({ recipients: z.array(sendLogEntrySchema), more: z.boolean() });

/** `POST …/send` and `…/remind`: how many mails were queued, and when the last one is released. */
export const campaignSendResultSchema = z.object({ queued: z.number().int(), skipped: z.number().int(), lastAt: z.string().nullable() });

export const suppressionInputSchema = z.object({ email: z.email().max(LIMITS.email) });
export const suppressionListSchema = z.object({ addresses: z.array(z.object({ email: z.string(), createdAt: z.string() })) });

export type CampaignInput = z.input<typeof campaignInputSchema>;
export type CampaignMessage = z.infer<typeof campaignMessageSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignCounts = z.infer<typeof campaignCountsSchema>;
export type CampaignList = z.infer<typeof campaignListSchema>;
export type RecipientRowIssue = z.infer<typeof recipientRowIssueSchema>;
export type RecipientUploadResult = z.infer<typeof recipientUploadResultSchema>;
export type CampaignPreview = z.infer<typeof campaignPreviewSchema>;
export type RecipientState = z.infer<typeof recipientStateSchema>;
export type SendLogEntry = z.infer<typeof sendLogEntrySchema>;
export type SendLog = z.infer<typeof sendLogSchema>;
export type CampaignSendResult = z.infer<typeof campaignSendResultSchema>;
export type SuppressionList = z.infer<typeof suppressionListSchema>;
