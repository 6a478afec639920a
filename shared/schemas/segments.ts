import { z } from 'zod';
import { periodSchema, scoreResultSchema } from './score.ts';
import { ATTRIBUTE_DIMENSION_PATTERN, SEGMENT_DIMENSIONS } from '../segmentDimensions.ts';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

export { ATTRIBUTE_DIMENSION_PATTERN, SEGMENT_DIMENSIONS };

export const segmentDimensionSchema = z.union([
  z.enum(SEGMENT_DIMENSIONS),
  z.string().regex(ATTRIBUTE_DIMENSION_PATTERN, 'device, channel, lang, visitor, touchpoint or attr:<attribute>'),
]);

/**
 * `GET /api/sites/:siteKey/segments?by=device|channel|lang|visitor|touchpoint|attr:<key>&…filters`.
 * Segment keys: the value (`mobile`, `email`, `zh`, `returning`, a touchpoint key,
 * an attribute's value); `unknown` when the response did not say.
 */
export const segmentsQuerySchema = fromBeforeTo(z.object({ ...viewFilterFields, by: segmentDimensionSchema }));

export const segmentSchema = z.object({
  /** The value (`mobile`, `email`, `zh`); `unknown` when the response did not say. */
  key: z.string(),
  /** Page ratings in the segment. */
  n: z.number().int(),
  averageRating: scoreResultSchema,
  csat: scoreResultSchema,
  netExperience: scoreResultSchema,
});

export const segmentsSchema = z.object({
  site: z.string(),
  period: periodSchema,
  by: segmentDimensionSchema,
  /** Most ratings first. */
  segments: z.array(segmentSchema),
  /** Every segment together, to compare each with. */
  all: segmentSchema,
});

/** `device` … `touchpoint`, or `attr:<key>`. */
export type SegmentDimension = z.infer<typeof segmentDimensionSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Segments = z.infer<typeof segmentsSchema>;
