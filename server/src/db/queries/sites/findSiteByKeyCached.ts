import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { findSiteByKey } from './findSiteByKey.ts';
import type { StoredSite } from './siteRow.ts';

/** Sites kept at most; a flood of distinct keys cannot grow the cache past it. */
const MAX_SITES = 1000;

/**
 * Changes to `sites` since the cache was filled, by any connection: a counter
 * kept by triggers (migration 38). Not data_version, which moves with every
 * commit of the ingest writer thread, and so emptied the cache once a group.
 */
const STAMP = 'SELECT n FROM sites_version';

interface Cached {
  version: number;
  sites: Map<string, StoredSite>;
}

const byDb = new WeakMap<Db, Cached>();

/**
 * findSiteByKey for the ingest path, where every request looks its site up:
 * one tiny statement checks no site changed since, instead of reading and
 * parsing the site's row each time. Any change to any site drops the whole
 * cache, so a changed origin list or setting is seen by the very next request.
 */
export function findSiteByKeyCached(db: Db, key: string): StoredSite | undefined {
  const version = statement(db, STAMP).pluck().get() as number;
  let cached = byDb.get(db);
  if (!cached || cached.version !== version || cached.sites.size >= MAX_SITES) {
    cached = { version, sites: new Map() };
    byDb.set(db, cached);
  }
  let site = cached.sites.get(key);
  if (!site) {
    site = findSiteByKey(db, key);
    if (site) cached.sites.set(key, site);
  }
  return site;
}
