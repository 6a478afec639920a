import type { Db } from '../db/openDatabase.ts';
import { sitesWithMapping } from '../db/queries/imports/importMappings.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { CliError } from './cliIo.ts';
import { requireSiteKey } from './requireSiteKey.ts';

/**
 * The site `import --mapping NAME` imports into: the one given, else the one
 * site that saved a mapping of that name, so next month's file needs only
 * `import FILE --mapping NAME`. Two sites with that name need `--site`.
 */
export function mappingSite(db: Db, siteKey: string | undefined, mappingName: string): StoredSite {
  if (siteKey !== undefined) return requireSiteKey(db, siteKey);
  const keys = sitesWithMapping(db, mappingName);
  if (keys.length === 0) throw new CliError(`No site has a saved mapping named "${mappingName}" (save one on the dashboard's Import page).`);
  if (keys.length > 1) throw new CliError(`Sites ${keys.join(', ')} each have a mapping named "${mappingName}": say which with --site.`);
  return requireSiteKey(db, keys[0]!);
}
