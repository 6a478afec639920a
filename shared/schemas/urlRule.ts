import { z } from 'zod';
import { LIMITS } from '../limits.ts';

/**
 * A rule matching page paths: `exact` ('/cart'), `prefix` ('/checkout/') or
 * `pattern` with `*` matching any run of characters ('/product/*').
 * Matching itself lives in shared/matchUrlRule.ts, used by widget and server;
 * it takes time in proportion to the stars, hence their cap.
 */
export const urlRuleSchema = z
  .object({
    type: z.enum(['exact', 'prefix', 'pattern']),
    value: z.string().min(1).max(LIMITS.url).regex(/^\//, 'must start with /'),
  })
  .refine((rule) => rule.type !== 'pattern' || rule.value.split('*').length - 1 <= LIMITS.starsPerPattern, {
    message: `a pattern may have at most ${LIMITS.starsPerPattern} *`,
    path: ['value'],
  });

export type UrlRule = z.infer<typeof urlRuleSchema>;
