import type { IMPORT_DATE_FORMATS, IMPORT_SCORE_TYPES } from '../../../../shared/importOptions.ts';
import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import type { Channel } from '../../../../shared/schemas/response.ts';

/** The file's columns a mapping can point at; '' is "not in this file". */
export type ColumnField = keyof ImportMapping['columns'];
export const COLUMN_FIELDS: readonly { field: ColumnField; label: string; required?: boolean; help: string }[] = [
  { field: 'date', label: 'Date', required: true, help: 'When the answer was given.' },
  { field: 'score', label: 'Score', required: true, help: 'On the scale declared below.' },
  { field: 'channel', label: 'Channel', help: 'Else every row has the default channel.' },
  { field: 'page', label: 'Page or touchpoint', help: 'A path, a touchpoint’s name, or a word listed below.' },
  { field: 'comment', label: 'Comment', help: 'Stored as text, never run.' },
  { field: 'language', label: 'Language', help: 'en, de, zh-CN…' },
  { field: 'id', label: 'Answer id', help: 'The tool’s own id: a file imported twice stores each answer once.' },
];

/** The mapping as the form edits it: every value a string, the word lists as "word = value" lines. */
export interface MappingDraft {
  columns: Record<ColumnField, string>;
  attributes: { name: string; column: string }[];
  dateFormat: (typeof IMPORT_DATE_FORMATS)[number];
  timeZone: string;
  scoreMin: string;
  scoreMax: string;
  to: (typeof IMPORT_SCORE_TYPES)[number];
  survey: string;
  question: string;
  channel: Channel;
  channelWords: string;
  page: string;
  pageWords: string;
}

export function emptyDraft(): MappingDraft {
  return {
    columns: { date: '', score: '', channel: '', page: '', comment: '', language: '', id: '' },
    attributes: [],
    dateFormat: 'iso',
    timeZone: '',
    scoreMin: '1',
    scoreMax: '5',
    to: 'rating',
    survey: '',
    question: '',
    channel: 'phone',
    channelWords: '',
    page: '',
    pageWords: '',
  };
}

export function draftOf(mapping: ImportMapping): MappingDraft {
  const words = (list: Record<string, string>) => Object.entries(list).map(([word, value]) => `${word} = ${value}`).join('\n');
  return {
    columns: { ...emptyDraft().columns, ...mapping.columns },
    attributes: Object.entries(mapping.attributes).map(([name, column]) => ({ name, column })),
    dateFormat: mapping.dateFormat,
    timeZone: mapping.timeZone ?? '',
    scoreMin: String(mapping.score.min),
    scoreMax: String(mapping.score.max),
    to: mapping.score.to,
    survey: mapping.score.survey ?? '',
    question: mapping.score.question ?? '',
    channel: mapping.channel,
    channelWords: words(mapping.channels),
    page: mapping.page ?? '',
    pageWords: words(mapping.pages),
  };
}

export type DraftResult = { ok: true; mapping: ImportMapping } | { ok: false; problem: string };

/** The mapping the server takes, or what the form still lacks, in words a person can act on. */
export function mappingOf(draft: MappingDraft): DraftResult {
  if (!draft.columns.date || !draft.columns.score) return { ok: false, problem: 'Choose the columns that hold the date and the score.' };
  const min = Number(draft.scoreMin);
  const max = Number(draft.scoreMax);
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) {
    return { ok: false, problem: 'Declare the file’s score scale: two whole numbers, the lowest first.' };
  }
  const survey = draft.to === 'nps' || draft.to === 'ces';
  if (survey && (!draft.survey.trim() || !draft.question.trim())) {
    return { ok: false, problem: 'NPS and CES are stored as answers to a survey question: give the survey’s key and the question’s id.' };
  }
  const channels = wordList(draft.channelWords);
  const pages = wordList(draft.pageWords);
  if (typeof channels === 'string') return { ok: false, problem: `Channel words: ${channels}` };
  if (typeof pages === 'string') return { ok: false, problem: `Page words: ${pages}` };
  const columns = Object.fromEntries(Object.entries(draft.columns).filter(([, column]) => column !== '')) as ImportMapping['columns'];
  return {
    ok: true,
    mapping: {
      columns,
      attributes: Object.fromEntries(draft.attributes.filter((a) => a.name.trim() && a.column).map((a) => [a.name.trim(), a.column])),
      dateFormat: draft.dateFormat,
      ...(draft.timeZone.trim() ? { timeZone: draft.timeZone.trim() } : {}),
      score: { min, max, to: draft.to, ...(survey ? { survey: draft.survey.trim(), question: draft.question.trim() } : {}) },
      channel: draft.channel,
      channels: channels as Record<string, Channel>,
      ...(draft.page.trim() ? { page: draft.page.trim() } : {}),
      pages,
    },
  };
}

/** "Call centre = phone" lines as a record; a line without "=" is named. */
function wordList(text: string): Record<string, string> | string {
  const list: Record<string, string> = {};
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const at = line.lastIndexOf('=');
    if (at <= 0) return `line ${i + 1} should read "word = value".`;
    list[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return list;
}
