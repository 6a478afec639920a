import type { UrlRule } from '../../../../shared/schemas/urlRule.ts';
import { ruleDraft, type RuleDraft } from './journeyDraft.ts';

interface Props {
  /** Names the rules for screen readers, e.g. "Step 2 (Shipping)". */
  context: string;
  rules: RuleDraft[];
  onChange: (rules: RuleDraft[]) => void;
  addLabel: string;
  /** What no rules mean here; a journey step's default. */
  emptyText?: string;
}

const RULE_TYPES: { value: UrlRule['type']; label: string }[] = [
  { value: 'exact', label: 'Is exactly' },
  { value: 'prefix', label: 'Starts with' },
  { value: 'pattern', label: 'Matches (* = anything)' },
];

/** Page rules as rows: how to match, and the path. */
export function UrlRulesField({ context, rules, onChange, addLabel, emptyText = 'No page rules: only markup or script can mark this.' }: Props) {
  const update = (id: string, patch: Partial<RuleDraft>) =>
    onChange(rules.map((rule) => (rule.id === id ? { ...rule, ...patch } : rule)));
  return (
    <div class="url-rules">
      {rules.length === 0 && <p class="muted url-rules-empty">{emptyText}</p>}
      {rules.map((rule, i) => (
        <div class="url-rule" key={rule.id}>
          <label class="visually-hidden" for={`${rule.id}-type`}>
            {context}, page rule {i + 1}: how to match
          </label>
          <select
            id={`${rule.id}-type`}
            class="input url-rule-type"
            value={rule.type}
            onChange={(e) => update(rule.id, { type: e.currentTarget.value as UrlRule['type'] })}
          >
            {RULE_TYPES.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
          <label class="visually-hidden" for={`${rule.id}-value`}>
            {context}, page rule {i + 1}: path
          </label>
          <input
            id={`${rule.id}-value`}
            class="input url-rule-value"
            type="text"
            spellcheck={false}
            autocomplete="off"
            placeholder={rule.type === 'pattern' ? '/order/*/confirm' : '/checkout/shipping'}
            value={rule.value}
            onInput={(e) => update(rule.id, { value: e.currentTarget.value })}
          />
          <button
            type="button"
            class="button button-quiet icon-button"
            aria-label={`Remove page rule ${i + 1} of ${context}`}
            onClick={() => onChange(rules.filter((r) => r.id !== rule.id))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" class="button button-quiet add-row" onClick={() => onChange([...rules, ruleDraft()])}>
        + {addLabel}
      </button>
    </div>
  );
}
