import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

export interface LatestComment {
  id: string;
  path: string;
  rating: number | null;
  comment: string;
  createdAt: string;
  device: string | null;
  channel: string;
  /** 'page_rating', or 'abandon_reason' for a "What stopped you?" answer. */
  type: string;
  journey: string | null;
  step: string | null;
  reason: string | null;
}

export function getLatestComments(db: Db, range: ViewRange, limit = 50): LatestComment[] {
  const rows = statement(
    db,
    `SELECT id, path, rating, comment, created_at, device, channel, type, journey, step, reason
       FROM responses
      WHERE ${responsesWhere(range)} AND comment IS NOT NULL
      ORDER BY created_at DESC, id
      LIMIT @limit`,
  ).all({ ...range, limit }) as (Omit<LatestComment, 'createdAt'> & { created_at: number })[];
  return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: new Date(created_at).toISOString() }));
}
