import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { containsEmailAddress } from '../privacy/emailAddress.ts';
import { pageLocationSchema } from './pageLocation.ts';

// Client-generated ids make a retried or beaconed submission idempotent.
export const responseIdSchema = z
  .string()
  .min(8)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, _ and - only');

export const siteKeySchema = z
  .string()
  .min(1)
  .max(LIMITS.siteKey)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, _ and - only');

/** A page path as recorded: starts with '/', no query string or fragment. */
export const pagePathSchema = z
  .string()
  .min(1)
  .max(LIMITS.url)
  .regex(/^\/[^?#\s]*$/, 'must be a path starting with / without query string or fragment');

export const channelSchema = z.enum(['web', 'email', 'sms', 'phone', 'store', 'api']);
export const deviceSchema = z.enum(['desktop', 'mobile', 'tablet']);

export const ratingSchema = z.number().int().min(1).max(5);

/**
 * Who answered, as far as the page may say: new or returning (absent when the
 * browser sends Do Not Track or Global Privacy Control) and what the site said
 * with `touchpoint('identify', …)`. Every view can be filtered and split by them.
 */
export const visitorFields = {
  returning: z.boolean().optional(),
  /**
   * Values are scrubbed of contact details when stored. A key holding an e-mail
   * address cannot be scrubbed without becoming another key, so that attribute
   * is dropped; not refused, because the page's script wrote it, not the
   * shopper, and refusing would lose the answer it came with.
   */
  attributes: z
    .record(z.string(), z.string().max(LIMITS.attributeValue, `an attribute value has at most ${LIMITS.attributeValue} characters`))
    .refine((attributes) => Object.keys(attributes).length <= LIMITS.attributes, `at most ${LIMITS.attributes} attributes`)
    .refine(
      (attributes) => Object.keys(attributes).every((key) => key.length >= 1 && key.length <= LIMITS.attributeKey),
      `an attribute key has 1 to ${LIMITS.attributeKey} characters`,
    )
    .transform((attributes) => Object.fromEntries(Object.entries(attributes).filter(([key]) => !containsEmailAddress(key))))
    .optional(),
};

/** A language tag as pages write it: `en`, `zh-CN`, `zh-Hant-TW`, also `en_US`. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * The page's language (`data-lang`, else `<html lang>`), kept only when shaped
 * like a language tag: anything else (an e-mail address a template put there)
 * is dropped rather than refused, for the same reason as attribute keys.
 */
export const pageLangSchema = z
  .string()
  .max(LIMITS.lang)
  .transform((lang) => (LANGUAGE_TAG.test(lang) ? lang : undefined))
  .optional();

/** A rating of the current page from the always-available feedback tab. */
export const pageRatingSchema = z.object({
  type: z.literal('page_rating'),
  id: responseIdSchema,
  site: siteKeySchema,
  rating: ratingSchema,
  comment: z.string().max(LIMITS.comment).optional(),
  /** Query parameters are kept only when on the site's allow-list. */
  path: pageLocationSchema,
  title: z.string().max(LIMITS.title).optional(),
  lang: pageLangSchema,
  visitId: responseIdSchema.optional(),
  /** The shopper asked to be contacted: stored as given, never scrubbed; only with consent. */
  contact: z.object({ email: z.email().max(LIMITS.email), consent: z.literal(true) }).optional(),
  ...visitorFields,
});

const journeyKeySchema = z.string().min(1).max(40).regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -');

/**
 * A step event of a visit in a journey. Drop-off per step is computed from these
 * (reached, completed, abandoned), so it counts everyone, not only those who answer.
 */
export const journeyEventSchema = z.object({
  type: z.literal('journey_event'),
  id: responseIdSchema,
  site: siteKeySchema,
  visitId: responseIdSchema,
  journey: journeyKeySchema,
  /** Absent only on `completed`, which ends the journey whatever the step. */
  step: journeyKeySchema.optional(),
  event: z.enum(['reached', 'completed', 'abandoned']),
  path: pagePathSchema,
  /** Time spent on the step before leaving it (abandoned). */
  msOnStep: z.number().int().min(0).max(30 * 24 * 3600 * 1000).optional(),
  /** How many form fields of the step the shopper typed into: never their values. */
  fieldsTouched: z.number().int().min(0).max(1000).optional(),
  lang: pageLangSchema,
  ...visitorFields,
});

/** How the widget decided the shopper was leaving, when it asked "What stopped you?". */
export const abandonTriggerSchema = z.enum(['exit_intent', 'form_abandon', 'return', 'scroll_up', 'idle', 'manual']);

/** The answer to "What stopped you?" at a journey step. */
export const abandonReasonSchema = z.object({
  type: z.literal('abandon_reason'),
  id: responseIdSchema,
  site: siteKeySchema,
  visitId: responseIdSchema.optional(),
  journey: journeyKeySchema,
  step: journeyKeySchema,
  /** A reason code from the journey's list, or 'other' with `otherText`. */
  reason: journeyKeySchema,
  otherText: z.string().max(500).optional(),
  comment: z.string().max(LIMITS.comment).optional(),
  trigger: abandonTriggerSchema,
  path: pagePathSchema,
  lang: pageLangSchema,
  ...visitorFields,
});

/**
 * One answered survey question, sent as soon as it is answered so a shopper who
 * closes after the first question still counts. `value`: a score (NPS 0–10,
 * CSAT 1–5, CES 1–7, thumbs 0/1), an option id, option ids, or text.
 */
export const surveyAnswerSchema = z.object({
  type: z.literal('survey_answer'),
  id: responseIdSchema,
  site: siteKeySchema,
  visitId: responseIdSchema.optional(),
  survey: z.string().min(1).max(40),
  question: z.string().min(1).max(40),
  value: z.union([z.number().int().min(0).max(10), z.string().max(LIMITS.comment), z.array(z.string().max(40)).max(10)]),
  path: pagePathSchema,
  lang: pageLangSchema,
  ...visitorFields,
});

/** A survey shown, dismissed or completed: completion rate counts everyone shown. */
export const surveyEventSchema = z.object({
  type: z.literal('survey_event'),
  id: responseIdSchema,
  site: siteKeySchema,
  visitId: responseIdSchema.optional(),
  survey: z.string().min(1).max(40),
  event: z.enum(['shown', 'dismissed', 'completed']),
  path: pagePathSchema,
});

/** What the widget posts to `POST /v1/responses`. */
export const responseInputSchema = z.discriminatedUnion('type', [
  pageRatingSchema,
  journeyEventSchema,
  abandonReasonSchema,
  surveyAnswerSchema,
  surveyEventSchema,
]);

export type Channel = z.infer<typeof channelSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type PageRatingInput = z.infer<typeof pageRatingSchema>;
export type JourneyEventInput = z.infer<typeof journeyEventSchema>;
export type AbandonTrigger = z.infer<typeof abandonTriggerSchema>;
export type AbandonReasonInput = z.infer<typeof abandonReasonSchema>;
export type SurveyAnswerInput = z.infer<typeof surveyAnswerSchema>;
export type SurveyEventInput = z.infer<typeof surveyEventSchema>;
export type ResponseInput = z.infer<typeof responseInputSchema>;

export const acceptedSchema = z.object({ id: responseIdSchema });
export type Accepted = z.infer<typeof acceptedSchema>;
