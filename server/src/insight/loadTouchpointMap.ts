import { DEFAULT_STAGES, type TouchpointMap } from '../../../shared/schemas/touchpoint.ts';
import type { Db } from '../db/openDatabase.ts';
import { getStageNames } from '../db/queries/sites/getStageNames.ts';
import { listTouchpoints } from '../db/queries/sites/listTouchpoints.ts';

/** A site's stages (default names where never renamed) and touchpoints, as the API answers them. */
export function loadTouchpointMap(db: Db, siteId: number): TouchpointMap {
  const names = getStageNames(db, siteId);
  return {
    stages: DEFAULT_STAGES.map((stage) => ({ key: stage.key, name: names[stage.key] ?? stage.name })),
    touchpoints: listTouchpoints(db, siteId),
  };
}
