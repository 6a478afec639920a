import type { ImportRowError } from '../../../../shared/schemas/importJob.ts';
import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import type { Survey } from '../../../../shared/schemas/survey.ts';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint.ts';
import type { Db } from '../../db/openDatabase.ts';
import { listTouchpoints } from '../../db/queries/sites/listTouchpoints.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { siteTimeZone } from '../../db/queries/sites/siteTimeZone.ts';
import { findSurvey } from '../../db/queries/surveys/findSurvey.ts';
import { isTimeZone } from './parseImportDate.ts';

/** What mapping one record needs, looked up once per file. */
export interface MappingContext {
  site: StoredSite;
  mapping: ImportMapping;
  /** Where each header cell is. */
  columns: ReadonlyMap<string, number>;
  headerLength: number;
  timeZone: string;
  touchpoints: readonly Touchpoint[];
  /** The survey NPS and CES answers go to. */
  survey?: Survey;
  now: number;
}

export type ContextResult = { ok: true; context: MappingContext } | { ok: false; errors: ImportRowError[] };

/**
 * The mapping checked against the file's header (line `headerLine`) and the
 * site: every mapped column is in the header, the time zone exists, NPS and
 * CES go to a survey question of that type. Any problem here concerns every
 * row, so it is reported once, on the header's line, and nothing is read.
 */
export function importMappingContext(
  db: Db,
  input: { site: StoredSite; mapping: ImportMapping; header: readonly string[]; headerLine: number; now: number },
): ContextResult {
  const { site, mapping, header, headerLine } = input;
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = cell.trim();
    if (!columns.has(name)) columns.set(name, i);
  });
  const errors: ImportRowError[] = [];
  const wanted: [string, string | undefined][] = [
    ...Object.entries(mapping.columns),
    ...Object.entries(mapping.attributes).map(([name, column]): [string, string] => [`attribute ${name}`, column]),
  ];
  for (const [field, column] of wanted) {
    if (column !== undefined && !columns.has(column)) {
      errors.push({ line: headerLine, code: 'missing_column', message: `the ${field} column "${column}" is not in the file's header` });
    }
  }
  const timeZone = mapping.timeZone ?? siteTimeZone(db, site.id);
  if (!isTimeZone(timeZone)) errors.push({ line: headerLine, code: 'bad_mapping', message: `${timeZone} is not a time zone` });
  let survey: Survey | undefined;
  const { to } = mapping.score;
  if (to === 'nps' || to === 'ces') {
    survey = findSurvey(db, site.id, mapping.score.survey!);
    const question = survey?.questions.find((q) => q.id === mapping.score.question);
    if (!survey) errors.push({ line: headerLine, code: 'bad_mapping', message: `${mapping.score.survey} is not a survey of this site` });
    else if (question?.type !== to) {
      errors.push({ line: headerLine, code: 'bad_mapping', message: `${mapping.score.question} is not a ${to.toUpperCase()} question of the survey ${survey.key}` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    context: { site, mapping, columns, headerLength: header.length, timeZone, touchpoints: listTouchpoints(db, site.id), survey, now: input.now },
  };
}
