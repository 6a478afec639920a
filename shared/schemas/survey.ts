import { z } from 'zod';
import { deviceSchema } from './response.ts';
import { urlRuleSchema } from './urlRule.ts';

const slug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -');

/** Languages the widget ships strings for; site owners may override any string per survey. */
export const WIDGET_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export const widgetLanguageSchema = z.enum(WIDGET_LANGUAGES);

const questionText = z.string().min(1).max(300);
const optionSchema = z.object({ id: slug, label: z.string().min(1).max(120) });

/**
 * Ask a follow-up only for some answers to an earlier question, e.g. "What could
 * we do better?" only for NPS detractors. Bands: NPS detractor 0–6, passive 7–8,
 * promoter 9–10; CSAT/CES low / neutral / high (CSAT 1–2 / 3 / 4–5; CES 1–3 / 4 / 5–7);
 * thumbs down = low, up = high.
 */
export const showIfSchema = z.object({
  question: slug,
  bands: z.array(z.enum(['detractor', 'passive', 'promoter', 'low', 'neutral', 'high'])).min(1),
});

const base = {
  id: slug,
  /** The question as shown; omitted for score questions, the widget's translated default is used. */
  text: questionText.optional(),
  showIf: showIfSchema.optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('nps'), lowLabel: z.string().max(60).optional(), highLabel: z.string().max(60).optional() }),
  z.object({ ...base, type: z.literal('csat'), style: z.enum(['numbers', 'stars', 'faces']).default('numbers') }),
  z.object({ ...base, type: z.literal('ces') }),
  z.object({ ...base, type: z.literal('thumbs') }),
  z.object({ ...base, type: z.literal('single_choice'), text: questionText, options: z.array(optionSchema).min(2).max(10) }),
  z.object({ ...base, type: z.literal('multiple_choice'), text: questionText, options: z.array(optionSchema).min(2).max(10) }),
  z.object({ ...base, type: z.literal('open_text'), text: questionText, placeholder: z.string().max(120).optional() }),
]);

/** When a survey may be shown. Single-page apps: History API route changes count as page views. */
export const surveyTriggerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pageview') }),
  /** `touchpoint('track', 'order_completed', { value: 42 })` on the page. */
  z.object({ type: z.literal('event'), event: z.string().min(1).max(60) }),
  z.object({ type: z.literal('time_on_page'), seconds: z.number().int().min(1).max(3600) }),
  z.object({ type: z.literal('scroll_depth'), percent: z.number().int().min(1).max(100) }),
  z.object({ type: z.literal('exit_intent') }),
  z.object({ type: z.literal('journey_complete'), journey: slug }),
]);

/** Who may see it. Attributes come from `touchpoint('identify', { plan: 'gold' })`. */
export const surveyTargetingSchema = z.object({
  /** Pages where the trigger counts; empty = every page. */
  pages: z.array(urlRuleSchema).max(20).default([]),
  excludePages: z.array(urlRuleSchema).max(20).default([]),
  devices: z.array(deviceSchema).default([]),
  visitor: z.enum(['any', 'new', 'returning']).default('any'),
  /** Page languages (primary subtag match: 'zh' matches 'zh-CN'); empty = any. */
  languages: z.array(z.string().min(2).max(35)).max(20).default([]),
  attributes: z.record(z.string().max(40), z.string().max(120)).default({}),
  /** Share of eligible visitors asked, 0–100. */
  samplePercent: z.number().min(0).max(100).default(100),
});

export const surveySchema = z.object({
  key: slug,
  name: z.string().min(1).max(80),
  status: z.enum(['draft', 'live', 'paused']),
  questions: z.array(questionSchema).min(1).max(5),
  trigger: surveyTriggerSchema,
  targeting: surveyTargetingSchema.default({ pages: [], excludePages: [], devices: [], visitor: 'any', languages: [], attributes: {}, samplePercent: 100 }),
  /** Ask the same visitor again after this many days; null = never again. */
  recurDays: z.number().int().min(1).max(3650).nullable().default(null),
  /** Per-language overrides of any widget string or question text: { 'zh-CN': { send: '提交' } }. */
  strings: z.record(z.string().max(35), z.record(z.string().max(60), z.string().max(300))).default({}),
});

/** What the public site config carries: live surveys, and the site-wide fatigue setting. */
export const publicSurveysSchema = z.object({
  /** After any survey is answered or dismissed, none for this many days. */
  cooldownDays: z.number().int().min(0).max(365),
  surveys: z.array(surveySchema),
});

export type WidgetLanguage = z.infer<typeof widgetLanguageSchema>;
export type ShowIf = z.infer<typeof showIfSchema>;
export type Question = z.infer<typeof questionSchema>;
export type SurveyTrigger = z.infer<typeof surveyTriggerSchema>;
export type SurveyTargeting = z.infer<typeof surveyTargetingSchema>;
export type Survey = z.infer<typeof surveySchema>;
export type SurveyInput = z.input<typeof surveySchema>;
export type PublicSurveys = z.infer<typeof publicSurveysSchema>;
