import pg from 'pg';
import { CopyRefused } from './CopyRefused.ts';

/**
 * The copy's own connection to PostgreSQL, asynchronous (a command line need
 * not go through the collector's synchronous bridge). No type is parsed:
 * values arrive as PostgreSQL's text and rowDigest.ts reads them by column.
 */
export async function connectTarget(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: () => (text: string) => text } as pg.CustomTypesConfig });
  // A dropped connection fails the next query, which the copy reports; not an unhandled event.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new CopyRefused(`Cannot connect to ${withoutPassword(url)}: ${(error as Error).message}`);
  }
  return client;
}

/**
 * Triggers off in this session: rollups and derived tables are copied as they
 * are, so an inserted response must not count itself into them a second time
 * (foreign keys are triggers too, so tables may go in any order).
 */
export async function turnTriggersOff(client: pg.Client): Promise<void> {
  try {
    await client.query('SET session_replication_role = replica');
  } catch (error) {
    throw new CopyRefused(
      `The copy needs to turn triggers off (SET session_replication_role = replica): ${(error as Error).message}. ` +
        'Connect as the database owner with superuser rights, or GRANT SET ON PARAMETER session_replication_role TO the role.',
    );
  }
}

export function withoutPassword(url: string): string {
  try {
    const shown = new URL(url);
    shown.password = '';
    return shown.href;
  } catch {
    return '(an unreadable connection string)';
  }
}

export function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
