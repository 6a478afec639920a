import type { Db } from '../db/openDatabase.ts';
import { findSiteByKey } from '../db/queries/sites/findSiteByKey.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { CliError } from './cliIo.ts';

export function requireSiteKey(db: Db, key: string): StoredSite {
  const site = findSiteByKey(db, key);
  if (!site) throw new CliError(`No site with key ${key}. See them with: npm run touchpoint -- site list`);
  return site;
}
