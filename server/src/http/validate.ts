import type { z } from 'zod';
import { ApiError } from './ApiError.ts';

/** Validates at the edge with a shared schema; a failure lists every bad field by path. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError(
    400,
    'invalid_payload',
    'The request does not match the expected shape.',
    // The first 50 are plenty to fix a request, and keep the answer small for a huge one.
    result.error.issues.slice(0, 50).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
