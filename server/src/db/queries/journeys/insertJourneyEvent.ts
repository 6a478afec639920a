import type { Device } from '../../../../../shared/schemas/response.ts';
import type { VisitorColumns } from '../../visitorColumns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface NewJourneyEvent extends Partial<VisitorColumns> {
  id: string;
  siteId: number;
  visitId: string;
  journey: string;
  /** Absent only on 'completed'. */
  step?: string;
  event: 'reached' | 'completed' | 'abandoned';
  path: string;
  msOnStep?: number;
  fieldsTouched?: number;
  device?: Device;
  lang?: string;
  createdAt: number;
  receivedAt: number;
}

const INSERT = `
  INSERT INTO journey_events
    (id, site_id, visit_id, journey, step, event, path, ms_on_step, fields_touched, device, created_at, received_at,
     lang, returning_visitor, attributes)
  VALUES
    (@id, @siteId, @visitId, @journey, @step, @event, @path, @msOnStep, @fieldsTouched, @device, @createdAt, @receivedAt,
     @lang, @returning, @attributes)
  ON CONFLICT (id) DO NOTHING`;

/** Stores one step event; returns false when that id was already stored (a retried beacon). */
export function insertJourneyEvent(db: Db, event: NewJourneyEvent): boolean {
  const result = write(db, () =>
    statement(db, INSERT).run({
      ...event,
      step: event.step ?? null,
      msOnStep: event.msOnStep ?? null,
      fieldsTouched: event.fieldsTouched ?? null,
      device: event.device ?? null,
      lang: event.lang ?? null,
      returning: event.returning ?? null,
      attributes: event.attributes ?? null,
    }),
  );
  return result.changes === 1;
}
