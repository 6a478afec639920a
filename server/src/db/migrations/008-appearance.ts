import type { Migration } from './Migration.ts';

export const appearance: Migration = {
  version: 8,
  name: "the widget's appearance per site",
  sql: `ALTER TABLE sites ADD COLUMN appearance TEXT NOT NULL DEFAULT '{}';`,
};
