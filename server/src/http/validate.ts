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
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
