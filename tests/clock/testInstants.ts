/**
 * The instants the unit suite's clock is pinned to. `npm test` runs at
 * DEFAULT_TEST_NOW; `npm run test:dates` runs the whole suite once at each of
 * CALENDAR_EDGES, so a test that only passes on some days fails here, not
 * on a new user's machine next month.
 */
export const DEFAULT_TEST_NOW = '2026-06-17T10:00:00.000Z'; // a Wednesday

export const CALENDAR_EDGES = [
  '2028-02-29T12:00:00.000Z', // a leap day
  '2027-04-30T23:30:00.000Z', // half an hour before a month ends
  '2027-03-01T09:00:00.000Z', // a Monday
  '2027-03-07T15:00:00.000Z', // a Sunday
  '2028-01-01T00:30:00.000Z', // just past the turn of a year
] as const;

/** The instant this run's clock started at: what tests use as "now" for the rows they plant. */
export const TEST_NOW = Date.parse(process.env.TOUCHPOINT_TEST_NOW || DEFAULT_TEST_NOW);
