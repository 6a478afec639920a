import type { Device, SurveyEventInput } from '../../../../../shared/schemas/response.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface NewSurveyEvent {
  id: string;
  siteId: number;
  visitId?: string;
  survey: string;
  event: SurveyEventInput['event'];
  path: string;
  device?: Device;
  createdAt: number;
  receivedAt: number;
}

const INSERT = `
  INSERT INTO survey_events (id, site_id, visit_id, survey, event, path, device, created_at, received_at)
  VALUES (@id, @siteId, @visitId, @survey, @event, @path, @device, @createdAt, @receivedAt)
  ON CONFLICT (id) DO NOTHING`;

/** Stores one shown, dismissed or completed event; returns false when that id was already stored. */
export function insertSurveyEvent(db: Db, event: NewSurveyEvent): boolean {
  const result = write(db, () => statement(db, INSERT).run({ ...event, visitId: event.visitId ?? null, device: event.device ?? null }));
  return result.changes === 1;
}
