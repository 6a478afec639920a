import { randomBytes } from 'node:crypto';
import type { CreateSite } from '../../../../../shared/schemas/site.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { findSiteByKey } from './findSiteByKey.ts';
import { setSiteDayOffsets } from './setSiteDayOffsets.ts';
import type { StoredSite } from './siteRow.ts';

/** Site keys are public (they are in the embed snippet) but unguessable. */
function newSiteKey(): string {
  return 'site_' + randomBytes(9).toString('base64url');
}

export function createSite(db: Db, input: CreateSite, now: number): StoredSite {
  const key = newSiteKey();
  return write(db, () => {
    statement(db, 'INSERT INTO sites (key, name, origins, created_at, time_zone) VALUES (?, ?, ?, ?, ?)').run(
      key,
      input.name,
      JSON.stringify([...new Set(input.origins)]),
      now,
      input.timeZone ?? 'UTC',
    );
    const site = findSiteByKey(db, key)!;
    setSiteDayOffsets(db, site.id, site.timeZone);
    return site;
  });
}
