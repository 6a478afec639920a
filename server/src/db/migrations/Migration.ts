/** One versioned schema change; its SQL is released and never edited afterwards. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
