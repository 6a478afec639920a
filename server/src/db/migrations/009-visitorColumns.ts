import type { Migration } from './Migration.ts';

export const visitorColumns: Migration = {
  version: 9,
  name: 'new or returning visitor and site attributes on ratings, abandonment answers and journey events',
  sql: `
      -- So every view can be filtered and split by them, as survey answers already can.
      -- returning_visitor: 0/1; NULL when the browser asked not to be tracked or the row is older.
      -- attributes: JSON object from touchpoint('identify'); NULL when none were given.
      ALTER TABLE responses ADD COLUMN returning_visitor INTEGER;
      ALTER TABLE responses ADD COLUMN attributes TEXT;
      ALTER TABLE journey_events ADD COLUMN lang TEXT;
      ALTER TABLE journey_events ADD COLUMN returning_visitor INTEGER;
      ALTER TABLE journey_events ADD COLUMN attributes TEXT;
    `,
};
