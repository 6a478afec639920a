import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { findSiteByKey } from './findSiteByKey.ts';
import type { StoredSite } from './siteRow.ts';

/** Sites kept at most; a flood of distinct keys cannot grow the cache past it. */
const MAX_SITES = 1000;

/**
 * Changes since the cache was filled: total_changes() counts every row this
 * connection changed (ingest batches included, so a busy collector refills
 * once a batch, not once a request), data_version moves when another
 * connection (the CLI, another process) committed.
 */
const STAMP = 'SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version';

interface Cached {
  changes: number;
  version: number;
  sites: Map<string, StoredSite>;
}

const byDb = new WeakMap<Db, Cached>();

/**
 * findSiteByKey for the ingest path, where every request looks its site up:
 * one tiny statement checks nothing was written since, instead of reading and
 * parsing the site's row each time. Any write at all drops the whole cache, so
 * a changed origin list or setting is seen by the very next request.
 */
export function findSiteByKeyCached(db: Db, key: string): StoredSite | undefined {
  const stamp = statement(db, STAMP).get() as { changes: number; version: number };
  let cached = byDb.get(db);
  if (!cached || cached.changes !== stamp.changes || cached.version !== stamp.version || cached.sites.size >= MAX_SITES) {
    cached = { ...stamp, sites: new Map() };
    byDb.set(db, cached);
  }
  let site = cached.sites.get(key);
  if (!site) {
    site = findSiteByKey(db, key);
    if (site) cached.sites.set(key, site);
  }
  return site;
}
