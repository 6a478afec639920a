import fc from 'fast-check';
import type { Db } from '../../src/db/openDatabase.ts';
import { insertBatch } from '../../src/db/insertBatch.ts';
import { deleteResponse } from '../../src/db/queries/responses/deleteResponses.ts';
import { insertResponse, type NewResponse } from '../../src/db/queries/responses/insertResponse.ts';
import type { Shop } from './rollupProperty.ts';

// The writes of responses every rollup over them must survive, for the
// property tests of rating_days, term_days and rating_days_attributes: live
// inserts, imports (insertBatch) and deletes, weighted for a file's fc.oneof
// beside its own.

/** A drawn response: which of the shop's sites, when; the rest is the file's. */
export interface DrawnResponse {
  site: number;
  at: number;
}

/** The next page rating of a shop, as the widget would send it at `drawn.at`. */
export function nextRating(shop: Shop, drawn: DrawnResponse, fields: Omit<NewResponse, 'id' | 'siteId' | 'type' | 'createdAt' | 'receivedAt'>): NewResponse {
  shop.serial += 1;
  return { id: `r${shop.serial}`, siteId: shop.sites[drawn.site]!, type: 'page_rating', createdAt: drawn.at, receivedAt: drawn.at, ...fields };
}

export const responseWrites = <R>(drawn: fc.Arbitrary<R>) => [
  { arbitrary: fc.record({ kind: fc.constant('live' as const), rows: fc.array(drawn, { minLength: 1, maxLength: 8 }) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('import' as const), rows: fc.array(drawn, { minLength: 1, maxLength: 20 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }), weight: 2 },
];
type ResponseWrite<R> = { kind: 'live' | 'import'; rows: R[] } | { kind: 'delete'; pick: number };

export const isResponseWrite = <Op extends { kind: string }>(op: Op): op is Extract<Op, { kind: 'live' | 'import' | 'delete' }> =>
  ['live', 'import', 'delete'].includes(op.kind);

/** The responses in the order they were written, by site and id; `pick` wraps around. */
export function pickResponse(db: Db, pick: number): { site_id: number; id: string } | undefined {
  const all = db.prepare('SELECT site_id, id FROM responses ORDER BY rowid').all() as { site_id: number; id: string }[];
  return all[pick % Math.max(all.length, 1)];
}

export function applyResponseWrite<R>(shop: Shop, op: ResponseWrite<R>, toRow: (shop: Shop, drawn: R) => NewResponse): void {
  const { db } = shop;
  switch (op.kind) {
    case 'live':
      for (const r of op.rows) insertResponse(db, toRow(shop, r));
      return;
    case 'import':
      insertBatch(db, op.rows.map((r) => ({ kind: 'response', row: toRow(shop, r) })));
      return;
    case 'delete': {
      const picked = pickResponse(db, op.pick);
      if (picked) deleteResponse(db, picked.site_id, picked.id);
      return;
    }
  }
}
