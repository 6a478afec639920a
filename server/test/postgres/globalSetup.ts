import type { TestProject } from 'vitest/node';
import { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';
import { openPostgres } from '../../src/db/postgres/openPostgres.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { startThrowawayCluster } from './throwawayCluster.ts';
import { TEMPLATE_DATABASE } from './templateDatabase.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * The PostgreSQL project's one cluster for the whole run, with a migrated
 * template each test app copies (testPostgresDb.ts): a copy takes milliseconds,
 * the schema seconds. Stopped and deleted when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startThrowawayCluster();
  try {
    const admin = new PostgresDb(cluster.url('postgres'));
    admin.exec(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    admin.close();
    openPostgres(cluster.url(TEMPLATE_DATABASE), TEST_NOW).close();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('postgresUrl', cluster.url('postgres'));
  return () => cluster.stop();
}
