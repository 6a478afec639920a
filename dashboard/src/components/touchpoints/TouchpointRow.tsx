import type { TouchpointMap } from '../../../../shared/schemas/touchpoint.ts';
import type { UrlRule } from '../../../../shared/schemas/urlRule.ts';
import type { StageKey } from '../../../../shared/stages.ts';
import { Field } from '../form/Field.tsx';
import type { TouchpointDraft } from './touchpointDraft.ts';
import './TouchpointRow.css';

const RULE_KINDS: { type: UrlRule['type']; label: string }[] = [
  { type: 'exact', label: 'Is exactly' },
  { type: 'prefix', label: 'Starts with' },
  { type: 'pattern', label: 'Pattern (* = any text)' },
];

interface Props {
  touchpoint: TouchpointDraft;
  position: number;
  count: number;
  stages: TouchpointMap['stages'];
  /** Fields the last save failed on: "name", "rules", "rules.0.value". */
  invalid: ReadonlySet<string>;
  onChange: (next: TouchpointDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One touchpoint: its name, its stage and the page rules that make it up. */
export function TouchpointRow({ touchpoint, position, count, stages, invalid, onChange, onMove, onRemove }: Props) {
  const id = `tp-${touchpoint.id}`;
  const name = touchpoint.name.trim() || `touchpoint ${position}`;
  const setRule = (index: number, rule: UrlRule) =>
    onChange({ ...touchpoint, rules: touchpoint.rules.map((r, i) => (i === index ? rule : r)) });
  return (
    <fieldset class="tp-row">
      <legend class="visually-hidden">
        Touchpoint {position}: {name}
      </legend>
      <div class="tp-row-head">
        <span class="tp-row-number" aria-hidden="true">
          {position}
        </span>
        <Field id={`${id}-name`} label="Name" class="tp-row-name">
          <input
            id={`${id}-name`}
            class="input"
            value={touchpoint.name}
            maxLength={80}
            aria-invalid={invalid.has('name') || undefined}
            placeholder="e.g. Product pages"
            onInput={(e) => onChange({ ...touchpoint, name: e.currentTarget.value })}
          />
        </Field>
        <Field id={`${id}-stage`} label="Stage">
          <select
            id={`${id}-stage`}
            class="input"
            value={touchpoint.stage}
            onChange={(e) => onChange({ ...touchpoint, stage: e.currentTarget.value as StageKey })}
          >
            {stages.map((stage) => (
              <option key={stage.key} value={stage.key}>
                {stage.name}
              </option>
            ))}
          </select>
        </Field>
        <div class="tp-row-tools">
          <button type="button" class="button button-quiet icon-button" aria-label={`Move ${name} up`} disabled={position === 1} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" class="button button-quiet icon-button" aria-label={`Move ${name} down`} disabled={position === count} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" class="button button-quiet icon-button" aria-label={`Remove ${name}`} onClick={onRemove}>
            ✕
          </button>
        </div>
      </div>
      <div class={invalid.has('rules') ? 'tp-rules is-invalid' : 'tp-rules'} role="group" aria-label={`Pages of ${name}`}>
        {touchpoint.rules.length === 0 && <p class="tp-rules-empty">Add at least one page rule.</p>}
        {touchpoint.rules.map((rule, i) => (
          <div class="tp-rule" key={i}>
            <select
              class="input"
              aria-label={`Rule ${i + 1} of ${name}: how it matches`}
              value={rule.type}
              onChange={(e) => setRule(i, { ...rule, type: e.currentTarget.value as UrlRule['type'] })}
            >
              {RULE_KINDS.map((kind) => (
                <option key={kind.type} value={kind.type}>
                  {kind.label}
                </option>
              ))}
            </select>
            <input
              class="input tp-rule-value"
              aria-label={`Rule ${i + 1} of ${name}: page path`}
              aria-invalid={invalid.has(`rules.${i}.value`) || undefined}
              value={rule.value}
              placeholder={rule.type === 'pattern' ? '/product/*' : '/checkout/'}
              spellcheck={false}
              autoComplete="off"
              onInput={(e) => setRule(i, { ...rule, value: e.currentTarget.value })}
            />
            <button
              type="button"
              class="button button-quiet icon-button"
              aria-label={`Remove rule ${i + 1} of ${name}`}
              onClick={() => onChange({ ...touchpoint, rules: touchpoint.rules.filter((_, k) => k !== i) })}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button button-quiet tp-add-rule"
          onClick={() => onChange({ ...touchpoint, rules: [...touchpoint.rules, { type: 'exact', value: '/' }] })}
        >
          + Add a page rule
        </button>
      </div>
    </fieldset>
  );
}
