import { z } from 'zod';
import { DEFAULT_STAGES, STAGE_KEYS } from '../stages.ts';
import { urlRuleSchema } from './urlRule.ts';

export { DEFAULT_STAGES, STAGE_KEYS };

/** The three stages of the customer lifecycle, in order; only their names are editable. */
export const stageKeySchema = z.enum(STAGE_KEYS);

export const stageSchema = z.object({
  key: stageKeySchema,
  name: z.string().trim().min(1).max(60),
});

export const touchpointSchema = z.object({
  /** Stable identifier: renaming a touchpoint keeps it. */
  key: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -'),
  name: z.string().trim().min(1).max(80),
  stage: stageKeySchema,
  /** The pages that are this touchpoint; a page belongs to the first touchpoint in the list whose rule matches. */
  rules: z.array(urlRuleSchema).min(1, 'add at least one page rule').max(30),
});

/**
 * `GET|PUT /api/sites/:siteKey/touchpoints`: the whole map, in order. PUT
 * replaces it; omitted stages get their default names.
 */
export const touchpointMapSchema = z.object({
  stages: z
    .array(stageSchema)
    .length(STAGE_KEYS.length)
    .refine((stages) => stages.every((stage, i) => stage.key === STAGE_KEYS[i]), 'list before, during and after, in that order')
    .default(() => DEFAULT_STAGES.map((stage) => ({ ...stage }))),
  touchpoints: z
    .array(touchpointSchema)
    .max(100)
    .refine((list) => new Set(list.map((t) => t.key)).size === list.length, 'each touchpoint needs its own key'),
});

export type StageKey = z.infer<typeof stageKeySchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type TouchpointMap = z.infer<typeof touchpointMapSchema>;
export type TouchpointMapInput = z.input<typeof touchpointMapSchema>;
