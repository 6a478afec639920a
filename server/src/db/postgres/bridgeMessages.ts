/**
 * What the calling thread asks the PostgreSQL thread (postgresThread.ts), for
 * one of its connections: open it, run one statement, or close it.
 */
export type BridgeRequest = { id: number; connection: number } & (
  | { open: string }
  | { text: string; values: unknown[]; array: boolean }
  | { close: true }
);

/** Its answer: the rows (objects, or arrays when `array`), how many rows changed, or the error. */
export type BridgeAnswer =
  | { rows: unknown[]; rowCount: number }
  | { error: { message: string; code?: string } };

/** An answer with the id of the request it answers: one given up on (syncBridge.ts) may still arrive late. */
export type BridgeReply = { id: number; answer: BridgeAnswer };
