// What a score can be split by. Plain data, no zod, so the dashboard can check a
// `split` in its address by the same rules as the server's schema
// (shared/schemas/segments.ts) without zod in its bundle.

/** What a score can be split by, besides one site attribute (`attr:plan`). */
export const SEGMENT_DIMENSIONS = ['device', 'channel', 'lang', 'visitor', 'touchpoint'] as const;

/** `attr:plan`: split by the values of one `touchpoint('identify')` attribute. */
export const ATTRIBUTE_DIMENSION_PATTERN = /^attr:[^:]{1,40}$/;

/** Whether `value` is a split the segments endpoint accepts. */
export function isSegmentDimension(value: string): boolean {
  return SEGMENT_DIMENSIONS.some((d) => d === value) || ATTRIBUTE_DIMENSION_PATTERN.test(value);
}
