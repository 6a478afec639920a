import type { ApiToken } from '../../../../../shared/schemas/account.ts';

export interface ApiTokenRow {
  id: number;
  user_id: number;
  name: string;
  created_at: number;
  last_used_at: number | null;
}

export const API_TOKEN_COLUMNS = 'id, user_id, name, created_at, last_used_at';

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at).toISOString(),
  };
}
