import type { Site } from '../../../../shared/schemas/site.ts';

export interface SiteRow {
  id: number;
  key: string;
  name: string;
  origins: string;
  created_at: number;
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
  };
}
