/**
 * LIMITS.comment of shared/limits.ts, copied because bundling LIMITS brings the
 * whole object into every dialog; widget/test/commentMax.test.ts keeps them in step.
 */
export const COMMENT_MAX = 2000;
