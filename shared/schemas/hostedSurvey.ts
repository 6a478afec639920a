import { z } from 'zod';
import type { Appearance } from './appearance.ts';
import { surveyAnswerSchema, surveyEventSchema } from './response.ts';
import type { Question, WidgetLanguage } from './survey.ts';

/** Where a survey link is shared: `web` (a link anywhere), `store` (a QR code on a receipt or in a shop), `sms`, `email`. */
export const LINK_CHANNELS = ['web', 'store', 'sms', 'email'] as const;
export const linkChannelSchema = z.enum(LINK_CHANNELS);

/** A campaign's short name, as links and QR codes carry it. */
export const campaignSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -');

/** A signed link's token (server/src/channels/responseToken.ts): checked by its signature, only its length here. */
const tokenSchema = z.string().min(1).max(1000);

/**
 * How a hosted survey page was reached: a shared link or QR code says its
 * channel and campaign; a signed link carries them in its token `t`, and then
 * nothing else in the address counts.
 */
export const hostedLinkSchema = z.object({
  channel: linkChannelSchema.default('web'),
  campaign: campaignSchema.optional(),
  t: tokenSchema.optional(),
});

/** `GET /s/:siteKey/:survey`'s query: the link, and a language to show it in (else the browser's). */
export const hostedPageQuerySchema = hostedLinkSchema.extend({ lang: z.string().max(35).optional() });

/** `GET /r/:token?score=N`: a point of the first question's scale. */
export const oneClickQuerySchema = z.object({
  // Digits only: coercion would read `?score=` as 0, a score nobody clicked.
  score: z.string().regex(/^(?:10|\d)$/).transform(Number),
});

/** `GET /api/sites/:siteKey/surveys/:survey/qr.svg`: the link the code opens. */
export const surveyQrQuerySchema = z.object({ channel: linkChannelSchema.default('store'), campaign: campaignSchema.optional() });

const linkFields = hostedLinkSchema.shape;

/**
 * What a hosted survey page posts to `POST /v1/surveys/:siteKey/:survey/answers`:
 * an answered question or the survey shown / completed, as the widget sends
 * them (site and survey are in the address), with how the page was reached.
 */
export const hostedInputSchema = z.discriminatedUnion('type', [
  surveyAnswerSchema.omit({ site: true, survey: true }).extend(linkFields),
  surveyEventSchema.omit({ site: true, survey: true }).extend({ ...linkFields, event: z.enum(['shown', 'completed']) }),
]);

export type LinkChannel = z.infer<typeof linkChannelSchema>;
export type HostedLink = z.infer<typeof hostedLinkSchema>;
export type HostedInput = z.input<typeof hostedInputSchema>;

/** What the hosted page hands its script, in a JSON data block (no inline script under its CSP). */
export interface HostedPageData {
  site: string;
  survey: string;
  questions: Question[];
  /** The survey's word overrides per language (its `strings`). */
  strings: Record<string, Record<string, string>>;
  /** The bundled words to use, and the language the page is shown in (its overrides apply too). */
  widgetLang: WidgetLanguage;
  lang: string;
  appearance: Appearance;
  link: HostedLink;
  /** Answers already stored for a signed link (the one-click score): the page goes on after them. */
  answered: Record<string, number | string | string[]>;
  /** The visit the answers belong to: a signed link's answer id, else made by the page. */
  visitId?: string;
}
