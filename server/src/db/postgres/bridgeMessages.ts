/**
 * What the calling thread asks the PostgreSQL thread (postgresThread.ts), for
 * one of its connections: open it, run one statement, or close it.
 */
export type BridgeRequest =
  | { connection: number; open: string }
  | { connection: number; text: string; values: unknown[]; array: boolean }
  | { connection: number; close: true };

/** Its answer: the rows (objects, or arrays when `array`), how many rows changed, or the error. */
export type BridgeAnswer =
  | { rows: unknown[]; rowCount: number }
  | { error: { message: string; code?: string } };
