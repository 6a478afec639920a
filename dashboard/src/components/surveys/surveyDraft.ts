import type { Device } from '../../../../shared/schemas/response.ts';
import type { Question, ShowIf, Survey, SurveyInput, SurveyTrigger } from '../../../../shared/schemas/survey.ts';
import type { UrlRule } from '../../../../shared/schemas/urlRule.ts';
import { slugify } from '../editor/slugify.ts';
import { ruleDraft, rowId, type RuleDraft } from '../journeys/journeyDraft.ts';

// What the survey editor edits: the survey with a stable id per row (so inputs
// keep focus when rows move), numbers as typed, and every field of every
// question type and trigger kept, so switching a type back loses nothing.

export type QuestionType = Question['type'];
export type TriggerType = SurveyTrigger['type'];
export type CsatStyle = 'numbers' | 'stars' | 'faces';

export interface OptionDraft {
  row: string;
  id: string;
  label: string;
  /** False while the id follows the label. */
  idEdited: boolean;
}

export interface QuestionDraft {
  row: string;
  id: string;
  idEdited: boolean;
  type: QuestionType;
  /** Empty for a score question: the widget's wording in the shopper's language. */
  text: string;
  style: CsatStyle;
  lowLabel: string;
  highLabel: string;
  placeholder: string;
  options: OptionDraft[];
  showIf: ShowIf | null;
}

export interface PairDraft {
  row: string;
  key: string;
  value: string;
}

export interface StringsDraft {
  row: string;
  lang: string;
  entries: PairDraft[];
}

export interface SurveyDraft {
  key: string;
  keyEdited: boolean;
  name: string;
  status: Survey['status'];
  questions: QuestionDraft[];
  trigger: { type: TriggerType; event: string; seconds: string; percent: string; journey: string };
  pages: RuleDraft[];
  excludePages: RuleDraft[];
  devices: Device[];
  visitor: 'any' | 'new' | 'returning';
  /** Comma-separated page languages. */
  languages: string;
  attributes: PairDraft[];
  samplePercent: string;
  /** Empty: never ask the same visitor again. */
  recurDays: string;
  strings: StringsDraft[];
}

export const MAX_QUESTIONS = 5;
export const MAX_OPTIONS = 10;

export function optionDraft(label = '', id = slugify(label)): OptionDraft {
  return { row: rowId(), id, label, idEdited: false };
}

export function pairDraft(key = '', value = ''): PairDraft {
  return { row: rowId(), key, value };
}

/** A new question of a type; its id from the type, unique among `taken`. */
export function questionDraft(type: QuestionType, taken: readonly string[] = []): QuestionDraft {
  const base = type.replace('_', '-');
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  const choices = type === 'single_choice' || type === 'multiple_choice';
  return {
    row: rowId(),
    id,
    idEdited: false,
    type,
    text: '',
    style: 'numbers',
    lowLabel: '',
    highLabel: '',
    placeholder: '',
    options: choices ? [optionDraft('Option 1', 'option-1'), optionDraft('Option 2', 'option-2')] : [],
    showIf: null,
  };
}

export function draftFromSurvey(survey: SurveyInput): SurveyDraft {
  const rules = (list: readonly UrlRule[] | undefined) => (list ?? []).map((rule) => ruleDraft(rule.type, rule.value));
  const trigger = survey.trigger;
  const targeting = survey.targeting ?? {};
  return {
    key: survey.key,
    keyEdited: true,
    name: survey.name,
    status: survey.status,
    questions: survey.questions.map((q) => ({
      ...questionDraft(q.type),
      id: q.id,
      idEdited: true,
      text: q.text ?? '',
      style: q.type === 'csat' ? (q.style ?? 'numbers') : 'numbers',
      lowLabel: q.type === 'nps' ? (q.lowLabel ?? '') : '',
      highLabel: q.type === 'nps' ? (q.highLabel ?? '') : '',
      placeholder: q.type === 'open_text' ? (q.placeholder ?? '') : '',
      options: 'options' in q ? q.options.map((o) => ({ ...optionDraft(o.label, o.id), idEdited: true })) : [],
      showIf: q.showIf ?? null,
    })),
    trigger: {
      type: trigger.type,
      event: trigger.type === 'event' ? trigger.event : '',
      seconds: trigger.type === 'time_on_page' ? String(trigger.seconds) : '30',
      percent: trigger.type === 'scroll_depth' ? String(trigger.percent) : '50',
      journey: trigger.type === 'journey_complete' ? trigger.journey : '',
    },
    pages: rules(targeting.pages),
    excludePages: rules(targeting.excludePages),
    devices: [...(targeting.devices ?? [])],
    visitor: targeting.visitor ?? 'any',
    languages: (targeting.languages ?? []).join(', '),
    attributes: Object.entries(targeting.attributes ?? {}).map(([key, value]) => pairDraft(key, value)),
    samplePercent: String(targeting.samplePercent ?? 100),
    recurDays: survey.recurDays == null ? '' : String(survey.recurDays),
    strings: Object.entries(survey.strings ?? {}).map(([lang, entries]) => ({
      row: rowId(),
      lang,
      entries: Object.entries(entries).map(([key, value]) => pairDraft(key, value)),
    })),
  };
}

/** A number as typed; what is not one goes to the server as is, which names the field. */
function numberFrom(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function questionFromDraft(q: QuestionDraft): Question {
  const common = { id: q.id.trim(), ...(q.text.trim() ? { text: q.text.trim() } : {}), ...(q.showIf ? { showIf: q.showIf } : {}) };
  const options = () => q.options.map((o) => ({ id: o.id.trim(), label: o.label.trim() }));
  switch (q.type) {
    case 'nps':
      return {
        ...common,
        type: 'nps',
        ...(q.lowLabel.trim() ? { lowLabel: q.lowLabel.trim() } : {}),
        ...(q.highLabel.trim() ? { highLabel: q.highLabel.trim() } : {}),
      };
    case 'csat':
      return { ...common, type: 'csat', style: q.style };
    case 'ces':
    case 'thumbs':
      return { ...common, type: q.type };
    case 'single_choice':
    case 'multiple_choice':
      return { ...common, type: q.type, text: q.text.trim(), options: options() };
    case 'open_text':
      return { ...common, type: 'open_text', text: q.text.trim(), ...(q.placeholder.trim() ? { placeholder: q.placeholder.trim() } : {}) };
  }
}

function triggerFromDraft(trigger: SurveyDraft['trigger']): SurveyTrigger {
  switch (trigger.type) {
    case 'event':
      return { type: 'event', event: trigger.event.trim() };
    case 'time_on_page':
      return { type: 'time_on_page', seconds: numberFrom(trigger.seconds) };
    case 'scroll_depth':
      return { type: 'scroll_depth', percent: numberFrom(trigger.percent) };
    case 'journey_complete':
      return { type: 'journey_complete', journey: trigger.journey.trim() };
    default:
      return { type: trigger.type };
  }
}

/** What PUT receives; empty rows are dropped, everything else is for the server to judge. */
export function surveyFromDraft(draft: SurveyDraft): SurveyInput {
  const rules = (list: RuleDraft[]) =>
    list.filter((rule) => rule.value.trim() !== '').map((rule) => ({ type: rule.type, value: rule.value.trim() }));
  const pairs = (list: PairDraft[]) =>
    Object.fromEntries(list.filter((p) => p.key.trim() !== '').map((p) => [p.key.trim(), p.value]));
  return {
    key: draft.key.trim(),
    name: draft.name.trim(),
    status: draft.status,
    questions: draft.questions.map(questionFromDraft),
    trigger: triggerFromDraft(draft.trigger),
    targeting: {
      pages: rules(draft.pages),
      excludePages: rules(draft.excludePages),
      devices: draft.devices,
      visitor: draft.visitor,
      languages: draft.languages
        .split(',')
        .map((lang) => lang.trim())
        .filter(Boolean),
      attributes: pairs(draft.attributes),
      samplePercent: numberFrom(draft.samplePercent),
    },
    recurDays: draft.recurDays.trim() === '' ? null : numberFrom(draft.recurDays),
    strings: Object.fromEntries(
      draft.strings.filter((s) => s.lang.trim() !== '').map((s) => [s.lang.trim(), pairs(s.entries)]),
    ),
  };
}

/** Questions before `index` whose answers have bands: what a follow-up can depend on. */
export function branchTargets(questions: readonly QuestionDraft[], index: number): QuestionDraft[] {
  return questions.slice(0, index).filter((q) => q.type === 'nps' || q.type === 'csat' || q.type === 'ces' || q.type === 'thumbs');
}

/**
 * A validation issue path from the server ("questions.1.options.0.id") in the
 * editor's words ("Question 2, option 1, id").
 */
export function describeSurveyIssuePath(path: string): string {
  const words: Record<string, string> = {
    key: 'key',
    name: 'name',
    id: 'id',
    text: 'text',
    label: 'label',
    type: 'type',
    showIf: 'follow-up rule',
    bands: 'answers',
    trigger: 'Trigger',
    event: 'event name',
    seconds: 'seconds',
    percent: 'scroll depth',
    journey: 'journey',
    targeting: 'Who is asked',
    samplePercent: 'share asked',
    pages: 'pages',
    excludePages: 'excluded pages',
    languages: 'languages',
    attributes: 'attributes',
    recurDays: 'Ask again after',
    strings: 'Wording',
    value: 'path',
  };
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const numbered = next !== undefined && /^\d+$/.test(next);
    const n = Number(next) + 1;
    if (part === 'questions') out.push(numbered ? `Question ${n}` : 'Questions');
    else if (part === 'options') out.push(numbered ? `option ${n}` : 'options');
    else if ((part === 'pages' || part === 'excludePages') && numbered) out.push(`${words[part]} rule ${n}`);
    else if (/^\d+$/.test(part)) continue;
    else out.push(words[part] ?? part);
    if (numbered) i++;
  }
  const text = out.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
