import { z } from 'zod';
import { ERROR_CODES } from '../errorCodes.ts';

export const errorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/** The one error shape every endpoint answers with. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(errorIssueSchema).optional(),
  }),
});

export type ErrorIssue = z.infer<typeof errorIssueSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
