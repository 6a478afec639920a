import type { Db } from '../db/openDatabase.ts';
import type { ViewRunner } from './ViewRunner.ts';

/**
 * Views read on the calling thread: for an in-memory database, which no other
 * thread can open (the suites' `testApp`), and for tools that own their thread.
 * The views' code loads with the first view, not with createApp, which imports
 * this module for every collector (issue 15: a quick start to the first 202).
 */
export function inProcessViews(db: Db): ViewRunner {
  return {
    run: async (name, params, now) => (await import('./viewCatalog.ts')).runView(db, name, params, now),
    close: async () => {},
  };
}
