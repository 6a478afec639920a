import { createHash } from 'node:crypto';
import { LIMITS } from '../../../../shared/limits.ts';
import { IMPORT_AHEAD_MS, IMPORT_EARLIEST, importedResponseSchema, importedSurveyAnswerSchema } from '../../../../shared/schemas/import.ts';
import type { ImportPreviewRow, ImportRowError } from '../../../../shared/schemas/importJob.ts';
import { channelSchema, pageLangSchema, type Channel } from '../../../../shared/schemas/response.ts';
import type { BatchRow } from '../../db/insertBatch.ts';
import { ApiError } from '../../http/ApiError.ts';
import { protectInput } from '../../privacy/protectInput.ts';
import { pageRatingRow } from '../pageRatingRow.ts';
import type { StoreMeta } from '../storeMeta.ts';
import { surveyAnswerRow } from '../surveyAnswerRow.ts';
import type { FileRecord } from './readRecords.ts';
import type { MappingContext } from './importMappingContext.ts';
import { parseImportDate } from './parseImportDate.ts';
import { resolvePage } from './resolvePage.ts';
import { scaleScore } from './scaleScore.ts';

const EARLIEST_MS = Date.parse(`${IMPORT_EARLIEST}T00:00:00Z`);

export type MappedRecord = { line: number; row: BatchRow; errors: [] } | { line: number; row?: undefined; errors: ImportRowError[] };

/**
 * One record of the file as the row Touchpoint stores, built by the same
 * functions as a live answer (privacy/protectInput.ts scrubs it,
 * pageRatingRow / surveyAnswerRow shape it), or every reason it cannot be,
 * each with its line. Cells are only ever read as text: a comment starting
 * with `=` is stored as those characters (exports guard them: export/csv.ts).
 */
export function mapRecord(context: MappingContext, { line, cells }: FileRecord): MappedRecord {
  const { mapping } = context;
  const errors: ImportRowError[] = [];
  const fail = (code: ImportRowError['code'], message: string) => errors.push({ line, code, message });
  const cell = (column: string | undefined) => (column === undefined ? '' : (cells[context.columns.get(column) ?? -1] ?? '').trim());

  if (cells.length > context.headerLength) fail('cell_count', `${cells.length} cells where the header has ${context.headerLength}`);

  const dateCell = cell(mapping.columns.date);
  const createdAt = dateCell === '' ? undefined : parseImportDate(dateCell, mapping.dateFormat, context.timeZone);
  if (dateCell === '') fail('missing_value', `no date in "${mapping.columns.date}"`);
  else if (createdAt === undefined) fail('bad_date', `"${dateCell}" is not a date written ${dateFormatName(mapping.dateFormat)}`);
  else if (createdAt < EARLIEST_MS || createdAt > context.now + IMPORT_AHEAD_MS) {
    fail('date_out_of_range', `${new Date(createdAt).toISOString()} is before ${IMPORT_EARLIEST} or more than a day after today`);
  }

  const scoreCell = cell(mapping.columns.score);
  const scaled = scoreCell === '' ? undefined : scaleScore(scoreCell, mapping.score);
  if (scaled === undefined) fail('missing_value', `no score in "${mapping.columns.score}"`);
  else if (!scaled.ok) fail(scaled.code, scaled.message);

  const channelCell = cell(mapping.columns.channel);
  const channel = channelCell === '' ? mapping.channel : channelOf(channelCell, mapping.channels);
  if (channel === undefined) fail('unknown_channel', `"${channelCell}" is no channel (web, email, sms, phone, store, api) and the mapping does not list it`);

  const pageCell = cell(mapping.columns.page);
  const path = pageCell === '' ? (mapping.page ?? '/') : resolvePage(pageCell, mapping.pages, context.touchpoints);
  if (path === undefined) fail('unknown_page', `"${pageCell}" is no page path, touchpoint, or page the mapping lists`);

  const comment = cell(mapping.columns.comment);
  if (comment.length > LIMITS.comment) fail('comment_too_long', `the comment has ${comment.length} characters; at most ${LIMITS.comment}`);

  const langCell = cell(mapping.columns.language);
  const lang = langCell === '' ? undefined : pageLangSchema.parse(langCell);
  if (langCell !== '' && lang === undefined) fail('bad_language', `"${langCell}" is not a language tag (en, zh-CN)`);

  const attributes: Record<string, string> = {};
  for (const [name, column] of Object.entries(mapping.attributes)) {
    const value = cell(column);
    if (value.length > LIMITS.attributeValue) fail('attribute_too_long', `${name} has ${value.length} characters; at most ${LIMITS.attributeValue}`);
    else if (value !== '') attributes[name] = value;
  }

  if (errors.length > 0 || createdAt === undefined || !scaled?.ok || channel === undefined || path === undefined) return { line, errors };
  const idCell = cell(mapping.columns.id);
  const common = {
    id: rowId(context.site.key, idCell === '' ? `row:${cells.join('\u001f')}` : `id:${idCell}`),
    path,
    lang,
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    createdAt: new Date(createdAt).toISOString(),
  };
  const meta: StoreMeta = { siteId: context.site.id, channel, createdAt, receivedAt: context.now, at: '' };
  try {
    return { line, row: storedRow(context, { ...common, comment: comment || undefined, score: scaled.score }, meta), errors: [] };
  } catch (err) {
    return { line, errors: [{ line, code: 'invalid_row', message: reasonOf(err) }] };
  }
}

interface RowFields {
  id: string;
  path: string;
  lang?: string;
  attributes?: Record<string, string>;
  createdAt: string;
  comment?: string;
  score: number;
}

function storedRow(context: MappingContext, fields: RowFields, meta: StoreMeta): BatchRow {
  const { score, comment, ...rest } = fields;
  if (context.survey) {
    const item = importedSurveyAnswerSchema.parse({
      ...rest,
      type: 'survey_answer',
      survey: context.mapping.score.survey,
      question: context.mapping.score.question,
      value: score,
    });
    return { kind: 'surveyAnswer', row: { ...surveyAnswerRow(context.survey, protectInput(item, context.site), meta), channel: meta.channel } };
  }
  const item = importedResponseSchema.parse({ ...rest, type: 'page_rating', rating: score, comment, channel: meta.channel });
  return { kind: 'response', row: pageRatingRow(protectInput(item, context.site), meta) };
}

/** The stored row as the preview shows it: what the views will read. */
export function previewOf({ line, row, errors }: MappedRecord): ImportPreviewRow {
  if (!row) return { line, errors };
  const r = row.row as BatchRow['row'] & { rating?: number; score?: number; comment?: string; channel?: string; questionType?: string };
  return {
    line,
    errors,
    stored: {
      kind: row.kind === 'surveyAnswer' ? 'survey_answer' : 'page_rating',
      createdAt: new Date(r.createdAt).toISOString(),
      channel: r.channel ?? 'web',
      path: r.path,
      score: (r.rating ?? r.score)!,
      scoreType: row.kind === 'surveyAnswer' ? r.questionType! : 'rating',
      comment: r.comment,
      lang: r.lang,
      attributes: r.attributes ? (JSON.parse(r.attributes) as Record<string, string>) : undefined,
    },
  };
}

function channelOf(cell: string, words: Readonly<Record<string, Channel>>): Channel | undefined {
  const listed = words[cell];
  if (listed) return listed;
  const own = channelSchema.safeParse(cell.toLowerCase());
  return own.success ? own.data : undefined;
}

/**
 * A stable id per row: the same file imported twice stores each answer once.
 * From the tool's own id when mapped, else from the row's cells.
 */
function rowId(siteKey: string, source: string): string {
  return `imp_${createHash('sha256').update(siteKey).update('\0').update(source).digest('base64url').slice(0, 32)}`;
}

function dateFormatName(format: MappingContext['mapping']['dateFormat']): string {
  return format === 'dmy' ? 'day first (31/12/2026) or ISO' : format === 'mdy' ? 'month first (12/31/2026) or ISO' : 'as ISO 8601 (2026-12-31 09:30)';
}

function reasonOf(err: unknown): string {
  if (err instanceof ApiError) return err.issues?.map((issue) => issue.message).join('; ') || err.message;
  if (err && typeof err === 'object' && 'issues' in err) {
    return (err as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}
