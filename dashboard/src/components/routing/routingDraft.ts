import type { RoutingMatch, RoutingRule, RoutingRules } from '../../../../shared/schemas/routingRules.ts';
import type { UrlRule } from '../../../../shared/schemas/urlRule.ts';

/** What a rule can look at, one condition per field, as the editor offers them. */
export const CONDITION_FIELDS = {
  kind: 'Kind of feedback',
  reasonCategory: 'Reason category',
  reason: 'Reason',
  journey: 'Journey',
  step: 'Journey step',
  touchpoint: 'Touchpoint',
  page: 'Page',
  scoreMin: 'Score at least',
  scoreMax: 'Score at most',
  survey: 'Survey',
  lang: 'Language',
  channel: 'Channel',
  device: 'Device',
} as const satisfies Record<keyof RoutingMatch, string>;

export type ConditionField = keyof typeof CONDITION_FIELDS;

export interface ConditionDraft {
  field: ConditionField;
  value: string;
  /** Only for `page`. */
  pageType: UrlRule['type'];
}

export interface RuleDraft {
  id: string;
  conditions: ConditionDraft[];
  team: string;
  assignee?: number;
}

let nextId = 0;
const newId = () => `rule-${++nextId}`;

export function emptyCondition(field: ConditionField = 'reasonCategory'): ConditionDraft {
  return { field, value: '', pageType: 'prefix' };
}

export function emptyRule(team: string): RuleDraft {
  return { id: newId(), conditions: [emptyCondition()], team };
}

export function ruleToDraft(rule: RoutingRule): RuleDraft {
  const conditions = (Object.keys(rule.match) as ConditionField[]).flatMap((field): ConditionDraft[] => {
    const value = rule.match[field];
    if (value === undefined) return [];
    if (field === 'page') {
      const page = value as UrlRule;
      return [{ field, value: page.value, pageType: page.type }];
    }
    return [{ field, value: String(value), pageType: 'prefix' }];
  });
  return { id: newId(), conditions, team: rule.team, ...(rule.assignee ? { assignee: rule.assignee } : {}) };
}

/**
 * The rules as the API takes them. A condition left empty is dropped (it
 * would match nothing useful); a score that is not a whole number is kept as
 * written so the server's message names it.
 */
export function draftToRules(rules: readonly RuleDraft[], fallbackTeam: string): RoutingRules {
  return {
    rules: rules.map((rule) => {
      const match: Record<string, unknown> = {};
      for (const c of rule.conditions) {
        const value = c.value.trim();
        if (!value) continue;
        if (c.field === 'page') match.page = { type: c.pageType, value };
        else if (c.field === 'scoreMin' || c.field === 'scoreMax') match[c.field] = /^\d+$/.test(value) ? Number(value) : value;
        else match[c.field] = value;
      }
      return { match: match as RoutingMatch, team: rule.team, ...(rule.assignee ? { assignee: rule.assignee } : {}) };
    }),
    fallbackTeam,
  };
}

/** Moves a rule up (-1) or down (+1): first match wins, so order is meaning. */
export function moveRule(rules: readonly RuleDraft[], id: string, by: -1 | 1): RuleDraft[] {
  const from = rules.findIndex((r) => r.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= rules.length) return [...rules];
  const next = [...rules];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** "rules.2.match.page.value: must start with /" → "Rule 3, page: must start with /". */
export function readableRoutingIssue(issue: string): string {
  return issue.replace(/^rules\.(\d+)\.match\.(\w+)(?:\.\w+)*/, (_, i: string, field: string) => {
    const label = CONDITION_FIELDS[field as ConditionField] ?? field;
    return `Rule ${Number(i) + 1}, ${label.toLowerCase()}`;
  }).replace(/^rules\.(\d+)\.(\w+)/, (_, i: string, field: string) => `Rule ${Number(i) + 1}, ${field}`);
}
