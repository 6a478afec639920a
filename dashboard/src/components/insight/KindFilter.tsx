import type { ProblemKind } from '../../../../shared/schemas/insightQuery.ts';
import { KIND_FILTERS } from './problemText.ts';
import './KindFilter.css';

interface Props {
  kind?: ProblemKind;
  onChange: (kind: ProblemKind | undefined) => void;
}

/** Every kind of problem together, or one lens at a time. */
export function KindFilter({ kind, onChange }: Props) {
  return (
    <div class="kind-filter" role="group" aria-label="Kind of problem">
      {KIND_FILTERS.map((filter) => (
        <button
          key={filter.label}
          type="button"
          class="preset"
          aria-pressed={filter.kind === kind}
          onClick={() => onChange(filter.kind)}
        >
          {filter.label}
        </button>
      ))}
    </div>
  );
}
