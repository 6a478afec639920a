import { z } from 'zod';
import { periodSchema, scoreResultSchema } from './score.ts';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

/** What a score can be split by: columns every response has. */
export const SEGMENT_DIMENSIONS = ['device', 'channel', 'lang'] as const;
export const segmentDimensionSchema = z.enum(SEGMENT_DIMENSIONS);

/** `GET /api/sites/:siteKey/segments?by=device|channel|lang&…filters`. */
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

export type SegmentDimension = z.infer<typeof segmentDimensionSchema>;
export type SegmentsQuery = z.infer<typeof segmentsQuerySchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Segments = z.infer<typeof segmentsSchema>;
