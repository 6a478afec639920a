import type { Migration } from './migrations/Migration.ts';

/** A migration failed; its transaction rolled back, so the database is as it was. */
export class MigrationError extends Error {
  override name = 'MigrationError';

  constructor(
    readonly migration: Pick<Migration, 'version' | 'name'>,
    readonly cause: unknown,
  ) {
    super(
      `Migration ${migration.version} (${migration.name}) failed: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'The database was left unchanged.',
    );
  }
}
