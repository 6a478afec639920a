import type { SiteSettings } from '../../../../../shared/schemas/siteSettings.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { setSiteDayOffsets } from './setSiteDayOffsets.ts';

const UPDATE = `
  UPDATE sites SET
    retention_days = coalesce(@retentionDays, retention_days),
    allowed_query_params = coalesce(@allowedQueryParams, allowed_query_params),
    appearance = coalesce(@appearance, appearance),
    time_zone = coalesce(@timeZone, time_zone)
  WHERE id = @siteId`;

/** Changes the settings given; the others stay. A new zone has the site's rating rollups recounted in its days (setSiteDayOffsets.ts). */
export function updateSiteSettings(db: Db, siteId: number, settings: SiteSettings): void {
  write(db, () => {
    statement(db, UPDATE).run({
      siteId,
      retentionDays: settings.retentionDays ?? null,
      allowedQueryParams: settings.allowedQueryParams ? JSON.stringify(settings.allowedQueryParams) : null,
      appearance: settings.appearance ? JSON.stringify(settings.appearance) : null,
      timeZone: settings.timeZone ?? null,
    });
    if (settings.timeZone) setSiteDayOffsets(db, siteId, settings.timeZone);
  });
}
