/** How long the ingest writer's thread waits for SQLite's write lock before its group is answered 503. */
export const WRITER_BUSY_TIMEOUT_MS = 2_000;
