import type { TouchpointMap } from '../../../../../shared/schemas/touchpoint.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** Replaces a site's stage names and its whole touchpoint list, in one transaction. */
export function replaceTouchpointMap(db: Db, siteId: number, map: TouchpointMap): void {
  write(db, () => {
    statement(db, 'DELETE FROM stages WHERE site_id = ?').run(siteId);
    statement(db, 'DELETE FROM touchpoints WHERE site_id = ?').run(siteId);
    const insertStage = statement(db, 'INSERT INTO stages (site_id, key, name) VALUES (?, ?, ?)');
    for (const stage of map.stages) insertStage.run(siteId, stage.key, stage.name);
    const insertTouchpoint = statement(
      db,
      'INSERT INTO touchpoints (site_id, key, name, stage, rules, position) VALUES (?, ?, ?, ?, ?, ?)',
    );
    map.touchpoints.forEach((t, position) =>
      insertTouchpoint.run(siteId, t.key, t.name, t.stage, JSON.stringify(t.rules), position),
    );
  });
}
