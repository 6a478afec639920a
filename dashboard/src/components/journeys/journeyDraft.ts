import { DEFAULT_ABANDON_REASONS } from '../../../../shared/abandonReasons.ts';
import type { Journey, JourneyInput, ReasonCategory } from '../../../../shared/schemas/journey.ts';
import type { UrlRule } from '../../../../shared/schemas/urlRule.ts';
import { slugify } from '../editor/slugify.ts';

// What the journey editor edits: the journey with a stable id per row (so
// inputs keep focus when rows move) and whether a key was typed by hand.

export interface RuleDraft {
  id: string;
  type: UrlRule['type'];
  value: string;
}

export interface StepDraft {
  id: string;
  key: string;
  name: string;
  /** False while the key follows the name. */
  keyEdited: boolean;
  match: RuleDraft[];
}

export interface ReasonDraft {
  id: string;
  code: string;
  label: string;
  category: ReasonCategory;
  codeEdited: boolean;
  /** The label in other languages, by language tag; empty ones are dropped on save. */
  labels: Record<string, string>;
}

export interface JourneyDraft {
  key: string;
  name: string;
  keyEdited: boolean;
  steps: StepDraft[];
  completeMatch: RuleDraft[];
  reasons: ReasonDraft[];
}

let lastId = 0;
export function rowId(): string {
  lastId += 1;
  return `row${lastId}`;
}

export function ruleDraft(type: UrlRule['type'] = 'exact', value = ''): RuleDraft {
  return { id: rowId(), type, value };
}

export function stepDraft(name = '', rules: RuleDraft[] = [ruleDraft()]): StepDraft {
  return { id: rowId(), key: slugify(name), name, keyEdited: false, match: rules };
}

export function reasonDrafts(reasons: Journey['reasons'] = DEFAULT_ABANDON_REASONS): ReasonDraft[] {
  return reasons.map((reason) => ({ id: rowId(), ...reason, labels: { ...reason.labels }, codeEdited: true }));
}

/** A typical checkout, which most shops have: what a site's first journey starts as. */
export function checkoutDraft(): JourneyDraft {
  return {
    key: 'checkout',
    name: 'Checkout',
    keyEdited: false,
    steps: [
      stepDraft('Cart', [ruleDraft('exact', '/cart')]),
      stepDraft('Shipping', [ruleDraft('prefix', '/checkout/shipping')]),
      stepDraft('Payment', [ruleDraft('prefix', '/checkout/payment')]),
    ],
    completeMatch: [ruleDraft('prefix', '/checkout/thank-you')],
    reasons: reasonDrafts(),
  };
}

/** An empty journey; with a key when defining one already declared on the pages. */
export function blankDraft(key = ''): JourneyDraft {
  return {
    key,
    name: key,
    keyEdited: key !== '',
    steps: [stepDraft('')],
    completeMatch: [ruleDraft()],
    reasons: reasonDrafts(),
  };
}

export function draftFromJourney(journey: Journey): JourneyDraft {
  const rules = (list: UrlRule[]) => list.map((rule) => ruleDraft(rule.type, rule.value));
  return {
    key: journey.key,
    name: journey.name,
    keyEdited: true,
    steps: journey.steps.map((step) => ({ id: rowId(), key: step.key, name: step.name, keyEdited: true, match: rules(step.match) })),
    completeMatch: rules(journey.completeMatch),
    reasons: reasonDrafts(journey.reasons),
  };
}

/** What PUT receives; empty rule rows are dropped, everything else is for the server to judge. */
export function journeyFromDraft(draft: JourneyDraft): JourneyInput {
  const rules = (list: RuleDraft[]) =>
    list.filter((rule) => rule.value.trim() !== '').map((rule) => ({ type: rule.type, value: rule.value.trim() }));
  return {
    key: draft.key.trim(),
    name: draft.name.trim(),
    steps: draft.steps.map((step) => ({ key: step.key.trim(), name: step.name.trim(), match: rules(step.match) })),
    completeMatch: rules(draft.completeMatch),
    reasons: draft.reasons.map((reason) => {
      const labels = Object.fromEntries(
        Object.entries(reason.labels)
          .map(([lang, label]) => [lang, label.trim()])
          .filter(([, label]) => label !== ''),
      );
      return {
        code: reason.code.trim(),
        label: reason.label.trim(),
        category: reason.category,
        ...(Object.keys(labels).length ? { labels } : {}),
      };
    }),
  };
}

/**
 * A validation issue path from the server ("steps.1.match.0.value") in the
 * editor's words ("Step 2, page rule 1, path").
 */
export function describeIssuePath(path: string): string {
  const words: Record<string, string> = {
    key: 'key',
    name: 'name',
    code: 'code',
    label: 'label',
    category: 'category',
    value: 'path',
    type: 'match type',
  };
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const index = Number(parts[i + 1]);
    const numbered = Number.isInteger(index) && parts[i + 1] !== undefined;
    if (part === 'steps') out.push(numbered ? `Step ${index + 1}` : 'Steps');
    else if (part === 'match') out.push(numbered ? `page rule ${index + 1}` : 'page rules');
    else if (part === 'completeMatch') out.push(numbered ? `Completion rule ${index + 1}` : 'Completion rules');
    else if (part === 'reasons') out.push(numbered ? `Reason ${index + 1}` : 'Reasons');
    else if (Number.isInteger(Number(part))) continue;
    else out.push(words[part] ?? part);
    if (numbered) i++;
  }
  const text = out.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
