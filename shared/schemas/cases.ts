import { z } from 'zod';
import { REASON_CATEGORIES } from '../abandonReasons.ts';
import { MAIL_LANGS } from '../mailLangs.ts';
import { feedbackKindSchema } from './routingRules.ts';
import { sentMailSchema } from './sentMail.ts';
import { teamKeySchema } from './teams.ts';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

export const CASE_STATUSES = ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'wont_fix'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
/** The statuses a case is still open in: the SLA clock runs and it counts as backlog. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'in_progress', 'waiting_on_customer'];

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');
const idParam = z.coerce.number().int().positive();

/**
 * `GET /api/sites/:siteKey/cases`: the view filters (on the case's feedback;
 * without `from` the whole history a view may span), the case's own fields,
 * `q` (in its comments), `sort` and paging.
 */
export const caseListQuerySchema = fromBeforeTo(
  z.object({
    ...viewFilterFields,
    status: z
      .string()
      .transform((v) => v.split(','))
      .pipe(z.array(caseStatusSchema).min(1))
      .optional(),
    team: teamKeySchema.optional(),
    /** A user id, or `none` for unassigned cases. */
    assignee: z.union([z.literal('none'), idParam]).optional(),
    overdue: booleanParam.optional(),
    reasonCategory: z.enum(REASON_CATEGORIES).optional(),
    kind: feedbackKindSchema.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    /** `newest` (default), `oldest` or `impact` (cases sharing its problem, most first). */
    sort: z.enum(['newest', 'oldest', 'impact']).default('newest'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  }),
);

/** `PATCH /api/sites/:siteKey/cases/:id`: assignee null unassigns. */
export const casePatchSchema = z
  .object({
    status: caseStatusSchema.optional(),
    team: teamKeySchema.optional(),
    assignee: z.number().int().positive().nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one of status, team, assignee');

/** `POST /api/sites/:siteKey/cases/bulk`: the same change on many cases. */
export const caseBulkSchema = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(200),
  status: caseStatusSchema.optional(),
  team: teamKeySchema.optional(),
  assignee: z.number().int().positive().nullable().optional(),
});

export const caseNoteInputSchema = z.object({ text: z.string().trim().min(1).max(5000) });

export const REPLY_LANGS = MAIL_LANGS;
export const replyLangSchema = z.enum(REPLY_LANGS);
/** `POST …/cases/:id/reply`: sent to the shopper; `lang` picks the greeting and footer (default: the shopper's). */
export const caseReplyInputSchema = z.object({ text: z.string().trim().min(1).max(10_000), lang: replyLangSchema.optional() });

export const caseFeedbackSchema = z.object({
  id: z.string(),
  type: feedbackKindSchema,
  path: z.string(),
  createdAt: z.string(),
  rating: z.number().int().optional(),
  reason: z.string().optional(),
  reasonCategory: z.string().optional(),
  journey: z.string().optional(),
  step: z.string().optional(),
  survey: z.string().optional(),
  question: z.string().optional(),
  questionType: z.string().optional(),
  comment: z.string().optional(),
  lang: z.string().optional(),
  device: z.string().optional(),
  channel: z.string().optional(),
});

export const caseSummarySchema = z.object({
  id: z.number().int(),
  status: caseStatusSchema,
  team: z.string(),
  assignee: z.number().int().nullable(),
  assigneeEmail: z.string().nullable(),
  createdAt: z.string(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** When it must be resolved by (the team's resolution SLA). */
  dueAt: z.string(),
  /** When the first response is due (the team's first-response SLA). */
  firstResponseDueAt: z.string(),
  overdue: z.boolean(),
  customerTold: z.boolean(),
  customerToldAt: z.string().nullable(),
  recoveredAt: z.string().nullable(),
  /** The fix-first problem it belongs to, as `kind:key` (e.g. `touchpoint:checkout`). */
  problem: z.string().nullable(),
  /** Whether a reply can go to the shopper (a contact given with consent, not opted out). */
  canReply: z.boolean(),
  feedback: z.array(caseFeedbackSchema),
});

export const caseCountsSchema = z.object({
  new: z.number().int(),
  in_progress: z.number().int(),
  waiting_on_customer: z.number().int(),
  resolved: z.number().int(),
  wont_fix: z.number().int(),
  overdue: z.number().int(),
});

export const caseListSchema = z.object({ cases: z.array(caseSummarySchema), more: z.boolean(), total: z.number().int(), counts: caseCountsSchema });

export const caseNoteSchema = z.object({
  id: z.number().int(),
  author: z.string().nullable(),
  text: z.string(),
  mentions: z.array(z.object({ id: z.number().int(), email: z.string() })),
  createdAt: z.string(),
});

/** One change in the audit trail: who, when, which field, from → to. */
export const caseEventSchema = z.object({
  id: z.number().int(),
  actor: z.string().nullable(),
  field: z.enum(['created', 'status', 'team', 'assignee', 'note', 'reply', 'recovered', 'feedback']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  at: z.string(),
});

/** The visit's whole story, oldest first: what it rated, which steps it reached, where it left, what it answered. */
export const caseVisitSchema = z.object({
  visitId: z.string().nullable(),
  device: z.string().nullable(),
  lang: z.string().nullable(),
  returning: z.boolean().nullable(),
  attributes: z.record(z.string(), z.string()),
  ratings: z.array(z.object({ id: z.string(), path: z.string(), rating: z.number().nullable(), comment: z.string().nullable(), at: z.string() })),
  steps: z.array(z.object({ journey: z.string(), step: z.string().nullable(), event: z.string(), path: z.string(), at: z.string() })),
  answers: z.array(z.object({ survey: z.string(), question: z.string(), questionType: z.string(), score: z.number().nullable(), value: z.string().nullable(), at: z.string() })),
  /** The last page the visit was seen on. */
  lastPath: z.string().nullable(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  notes: z.array(caseNoteSchema),
  events: z.array(caseEventSchema),
  visit: caseVisitSchema,
  mail: z.array(sentMailSchema),
  /** The shopper's language as a reply template: en, zh-CN or zh-TW. */
  replyLang: z.enum(REPLY_LANGS),
});

export type CaseStatus = z.infer<typeof caseStatusSchema>;
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;
export type CasePatch = z.infer<typeof casePatchSchema>;
export type CaseBulk = z.infer<typeof caseBulkSchema>;
export type ReplyLang = z.infer<typeof replyLangSchema>;
export type CaseFeedback = z.infer<typeof caseFeedbackSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseCounts = z.infer<typeof caseCountsSchema>;
export type CaseList = z.infer<typeof caseListSchema>;
export type CaseNote = z.infer<typeof caseNoteSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseVisit = z.infer<typeof caseVisitSchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/**
 * `POST /api/sites/:siteKey/problems/resolve`: the problem is fixed. Resolves
 * its open cases at once and, with `text`, tells each of their shoppers who
 * can be told in one message ("we fixed the payment timeout you hit").
 */
export const problemResolveSchema = z.object({
  problem: z.string().min(3).max(300),
  text: z.string().trim().min(1).max(10_000).optional(),
  lang: replyLangSchema.optional(),
});

export type ProblemResolve = z.infer<typeof problemResolveSchema>;
