import type { Site } from '../../../../../shared/schemas/site.ts';

export interface SiteRow {
  id: number;
  key: string;
  name: string;
  origins: string;
  created_at: number;
  allowed_query_params: string;
  retention_days: number;
  appearance: string;
  time_zone: string;
}

export interface StoredSite extends Site {
  id: number;
}

export function toSite(row: SiteRow): StoredSite {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    origins: JSON.parse(row.origins) as string[],
    createdAt: new Date(row.created_at).toISOString(),
    allowedQueryParams: JSON.parse(row.allowed_query_params) as string[],
    retentionDays: row.retention_days,
    appearance: JSON.parse(row.appearance) as StoredSite['appearance'],
    timeZone: row.time_zone,
  };
}
