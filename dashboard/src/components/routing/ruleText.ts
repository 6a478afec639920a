import type { RoutingRule } from '../../../../shared/schemas/routingRules.ts';
import { CONDITION_FIELDS, ruleToDraft } from './routingDraft.ts';

const PAGE_TYPES = { exact: 'is', prefix: 'starts with', pattern: 'matches' } as const;

/** A rule's conditions in words: "Reason category payment and page starts with /checkout/". */
export function ruleText(rule: RoutingRule): string {
  const parts = ruleToDraft(rule).conditions.map((c) =>
    c.field === 'page' ? `page ${PAGE_TYPES[c.pageType]} ${c.value}` : `${CONDITION_FIELDS[c.field].toLowerCase()} ${c.value}`,
  );
  if (parts.length === 0) return 'Any feedback';
  const text = parts.join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
