import type { Device, ResponseInput } from '../../../shared/schemas/response.ts';
import type { Db } from '../db/openDatabase.ts';
import { findJourney } from '../db/queries/journeys/findJourney.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { abandonAnswerRow } from './abandonAnswerRow.ts';
import { journeyEventRow } from './journeyEventRow.ts';
import { pageRatingRow } from './pageRatingRow.ts';
import { surveyAnswerRow } from './surveyAnswerRow.ts';
import { surveyEventRow } from './surveyEventRow.ts';
import type { StoreMeta } from './storeMeta.ts';
import { groupCommit } from './groupCommit.ts';
import { insertIngestRow, type IngestRow } from './ingestRow.ts';
import { ingestWriterOf } from './ingestWriter.ts';

export interface RequestMeta {
  device: Device;
  now: number;
  /** privacy/visitorHash.ts: never the address itself. */
  visitorHash?: string;
}

/**
 * Stores one validated input from the widget in the table its type belongs to;
 * resolves once the commit holding it is on disk (ingest/ingestWriter.ts on its
 * thread when the collector started one, else ingest/groupCommit.ts).
 * The rows are built by ingest/ (shared with `POST /api/sites/:siteKey/import`),
 * here, before queueing, so the commit does only the inserts.
 */
export function storeInput(db: Db, site: StoredSite, input: ResponseInput, meta: RequestMeta): Promise<unknown> {
  const stored: StoreMeta = {
    siteId: site.id,
    device: meta.device,
    channel: 'web',
    visitorHash: meta.visitorHash,
    createdAt: meta.now,
    receivedAt: meta.now,
    at: '',
  };
  switch (input.type) {
    case 'page_rating': {
      const row = pageRatingRow(input, stored);
      return commit(db, { kind: 'page_rating', row });
    }
    case 'journey_event': {
      const row = journeyEventRow(input, stored);
      return commit(db, { kind: 'journey_event', row });
    }
    case 'abandon_reason': {
      const row = abandonAnswerRow(findJourney(db, site.id, input.journey), input, stored);
      return commit(db, { kind: 'abandon_answer', row });
    }
    case 'survey_answer': {
      const row = surveyAnswerRow(findSurvey(db, site.id, input.survey), input, stored);
      return commit(db, { kind: 'survey_answer', row });
    }
    case 'survey_event': {
      const row = surveyEventRow(findSurvey(db, site.id, input.survey), input, stored);
      return commit(db, { kind: 'survey_event', row });
    }
    default:
      return input satisfies never;
  }
}

function commit(db: Db, row: IngestRow): Promise<unknown> {
  const writer = ingestWriterOf(db);
  return writer ? writer.store(row) : groupCommit(db).submit(() => insertIngestRow(db, row));
}
