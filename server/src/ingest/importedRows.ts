import type { Journey } from '../../../shared/schemas/journey.ts';
import type { Survey } from '../../../shared/schemas/survey.ts';
import type { ImportedItem } from '../../../shared/schemas/import.ts';
import type { BatchRow } from '../db/insertBatch.ts';
import type { Db } from '../db/openDatabase.ts';
import { findJourney } from '../db/queries/journeys/findJourney.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { protectInput } from '../privacy/protectInput.ts';
import { abandonAnswerRow } from './abandonAnswerRow.ts';
import { journeyEventRow } from './journeyEventRow.ts';
import { pageRatingRow } from './pageRatingRow.ts';
import { surveyAnswerRow } from './surveyAnswerRow.ts';
import type { StoreMeta } from './storeMeta.ts';

/**
 * The rows of an import, built exactly as the live path builds them (scrubbed,
 * reasons resolved), each at its own past time. Every item is checked before
 * anything is stored: one bad item throws a 400 naming it (`responses.2.reason`).
 */
export function importedRows(db: Db, site: StoredSite, items: readonly ImportedItem[], receivedAt: number): BatchRow[] {
  const journeys = new Map<string, Journey | undefined>();
  const journeyOf = (key: string) => {
    if (!journeys.has(key)) journeys.set(key, findJourney(db, site.id, key));
    return journeys.get(key);
  };
  const surveys = new Map<string, Survey | undefined>();
  const surveyOf = (key: string) => {
    if (!surveys.has(key)) surveys.set(key, findSurvey(db, site.id, key));
    return surveys.get(key);
  };
  return items.map((given, i): BatchRow => {
    const item = protectInput(given, site);
    const meta: StoreMeta = {
      siteId: site.id,
      device: item.device,
      channel: item.type === 'journey_event' || item.type === 'survey_answer' ? 'web' : item.channel,
      createdAt: Date.parse(item.createdAt),
      receivedAt,
      at: `responses.${i}.`,
    };
    switch (item.type) {
      case 'page_rating':
        return { kind: 'response', row: pageRatingRow(item, meta) };
      case 'journey_event':
        return { kind: 'journeyEvent', row: journeyEventRow(item, meta) };
      case 'abandon_reason':
        return { kind: 'abandonAnswer', row: abandonAnswerRow(journeyOf(item.journey), item, meta) };
      case 'survey_answer':
        return { kind: 'surveyAnswer', row: surveyAnswerRow(surveyOf(item.survey), item, meta) };
    }
  });
}
