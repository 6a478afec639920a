import type { Db } from '../db/openDatabase.ts';
import { runView } from './viewCatalog.ts';
import type { ViewRunner } from './ViewRunner.ts';

/**
 * Views read on the calling thread: for an in-memory database, which no other
 * thread can open (the suites' `testApp`), and for tools that own their thread.
 */
export function inProcessViews(db: Db): ViewRunner {
  return {
    run: async (name, params, now) => runView(db, name, params, now),
    close: async () => {},
  };
}
