import { pairDraft, type PairDraft } from './surveyDraft.ts';

interface Props {
  /** Names the rows for screen readers, e.g. "Attribute" or "zh-CN override". */
  context: string;
  pairs: PairDraft[];
  onChange: (pairs: PairDraft[]) => void;
  keyLabel: string;
  valueLabel: string;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  addLabel: string;
  max: number;
}

/** A simple key/value editor: one row per pair, empty keys are dropped on save. */
export function PairsField({ context, pairs, onChange, keyLabel, valueLabel, keyPlaceholder, valuePlaceholder, addLabel, max }: Props) {
  const update = (row: string, patch: Partial<PairDraft>) => onChange(pairs.map((p) => (p.row === row ? { ...p, ...patch } : p)));
  return (
    <div class="pairs">
      {pairs.map((pair, i) => (
        <div class="pair" key={pair.row}>
          <label class="visually-hidden" for={`${pair.row}-key`}>
            {context} {i + 1}: {keyLabel}
          </label>
          <input
            id={`${pair.row}-key`}
            class="input mono"
            type="text"
            maxLength={60}
            spellcheck={false}
            autocomplete="off"
            placeholder={keyPlaceholder ?? keyLabel}
            value={pair.key}
            onInput={(e) => update(pair.row, { key: e.currentTarget.value })}
          />
          <label class="visually-hidden" for={`${pair.row}-value`}>
            {context} {i + 1}: {valueLabel}
          </label>
          <input
            id={`${pair.row}-value`}
            class="input"
            type="text"
            maxLength={300}
            placeholder={valuePlaceholder ?? valueLabel}
            value={pair.value}
            onInput={(e) => update(pair.row, { value: e.currentTarget.value })}
          />
          <button
            type="button"
            class="button button-quiet icon-button"
            aria-label={`Remove ${context.toLowerCase()} ${i + 1}`}
            onClick={() => onChange(pairs.filter((p) => p.row !== pair.row))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" class="button button-quiet add-row" disabled={pairs.length >= max} onClick={() => onChange([...pairs, pairDraft()])}>
        + {addLabel}
      </button>
    </div>
  );
}
