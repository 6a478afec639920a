import type { UrlRule } from '../../../../shared/schemas/urlRule.ts';
import type { TouchpointMap, TouchpointMapInput } from '../../../../shared/schemas/touchpoint.ts';
import type { StageKey } from '../../../../shared/stages.ts';

/** A touchpoint as edited: `id` is local (for list keys); `key` exists once saved. */
export interface TouchpointDraft {
  id: number;
  key?: string;
  name: string;
  stage: StageKey;
  rules: UrlRule[];
}

export interface MapDraft {
  stages: TouchpointMap['stages'];
  touchpoints: TouchpointDraft[];
}

let nextId = 1;

export function newDraft(fields: Omit<TouchpointDraft, 'id'>): TouchpointDraft {
  return { id: nextId++, ...fields, rules: fields.rules.map((rule) => ({ ...rule })) };
}

export function draftFromMap(map: TouchpointMap): MapDraft {
  return {
    stages: map.stages.map((stage) => ({ ...stage })),
    touchpoints: map.touchpoints.map((touchpoint) => newDraft(touchpoint)),
  };
}

/**
 * A key for a new touchpoint from its name ("Product pages" → "product-pages"),
 * unique among `taken`. Keys stay when a touchpoint is renamed later.
 */
export function keyFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || 'touchpoint';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** What the API takes: new touchpoints get a key, rule values lose stray spaces. */
export function toMapInput(draft: MapDraft): TouchpointMapInput {
  const taken = new Set(draft.touchpoints.flatMap((t) => (t.key ? [t.key] : [])));
  return {
    stages: draft.stages.map((stage) => ({ key: stage.key, name: stage.name.trim() })),
    touchpoints: draft.touchpoints.map((t) => {
      let key = t.key;
      if (!key) {
        key = keyFromName(t.name, taken);
        taken.add(key);
      }
      return { key, name: t.name.trim(), stage: t.stage, rules: t.rules.map((rule) => ({ type: rule.type, value: rule.value.trim() })) };
    }),
  };
}

/** A page name for a touchpoint made from a path: "/gift-cards" → "Gift cards", "/" → "Home page". */
export function nameFromPath(path: string): string {
  const last = path.split('?')[0]!.split('/').filter(Boolean).at(-1);
  if (!last) return 'Home page';
  const words = decodeURIComponentSafe(last).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The server's issue ("touchpoints.1.rules.0.value: must start with /") in the
 * editor's words ("Cart, page rule 1: must start with /").
 */
export function describeIssue(issue: string, draft: MapDraft): string {
  const match = /^touchpoints\.(\d+)(?:\.(\w+))?(?:\.(\d+))?(?:\.(\w+))?: (.*)$/.exec(issue);
  if (!match) {
    const stage = /^stages(?:\.(\d+))?(?:\.\w+)?: (.*)$/.exec(issue);
    return stage ? `Stage names: ${stage[2]}` : issue;
  }
  const [, index, field, ruleIndex, , message] = match;
  const touchpoint = draft.touchpoints[Number(index)];
  const who = touchpoint?.name.trim() || `Touchpoint ${Number(index) + 1}`;
  if (field === 'rules' && ruleIndex !== undefined) return `${who}, page rule ${Number(ruleIndex) + 1}: ${message}`;
  if (field === 'rules') return `${who}, page rules: ${message}`;
  if (field) return `${who}, ${field}: ${message}`;
  return `${who}: ${message}`;
}

/** A starting point for a shop: the usual pages, before, during and after purchase. */
export function shopTemplate(): TouchpointDraft[] {
  return [
    newDraft({ name: 'Home page', stage: 'before', rules: [{ type: 'exact', value: '/' }] }),
    newDraft({ name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] }),
    newDraft({ name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: '/cart' }] }),
    newDraft({ name: 'Checkout', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/' }] }),
    newDraft({ name: 'Order confirmation', stage: 'after', rules: [{ type: 'pattern', value: '/checkout/thank-you*' }] }),
  ];
}

/** From the server's issues ("touchpoints.1.rules.0.value: …"), the fields of touchpoint `index` that failed. */
export function invalidFieldsOf(issues: readonly string[], index: number): Set<string> {
  const prefix = `touchpoints.${index}.`;
  return new Set(issues.filter((issue) => issue.startsWith(prefix)).map((issue) => issue.slice(prefix.length).split(':')[0]!));
}
