import type { ApiError } from '../../api/ApiError.ts';
import { moveItem } from '../editor/moveItem.ts';
import { invalidFieldsOf, shopTemplate, type MapDraft } from './touchpointDraft.ts';
import { TouchpointRow } from './TouchpointRow.tsx';

interface Props {
  draft: MapDraft;
  /** The last save's refusal: its issues mark the fields they name. */
  problem: ApiError | null;
  onChange: (touchpoints: MapDraft['touchpoints']) => void;
  onAdd: () => void;
}

/** The touchpoints in the order they claim pages, or a start for a site that has none. */
export function TouchpointList({ draft, problem, onChange, onAdd }: Props) {
  return (
    <section class="panel card" aria-labelledby="touchpoints-title">
      <div class="panel-head">
        <h2 id="touchpoints-title">Touchpoints</h2>
        <p class="muted panel-note">A page belongs to the first touchpoint whose rule matches: put specific ones above broad ones</p>
      </div>
      {draft.touchpoints.length === 0 ? (
        <div class="tp-empty">
          <p>No touchpoints yet. Start from the pages most shops have, then adjust the rules to your URLs.</p>
          <div class="tp-empty-actions needs-member">
            <button type="button" class="button" onClick={() => onChange(shopTemplate())}>
              Start with the usual shop pages
            </button>
            <button type="button" class="button button-quiet" onClick={onAdd}>
              Start from scratch
            </button>
          </div>
        </div>
      ) : (
        <div class="tp-list">
          {draft.touchpoints.map((touchpoint, i) => (
            <TouchpointRow
              key={touchpoint.id}
              touchpoint={touchpoint}
              position={i + 1}
              count={draft.touchpoints.length}
              stages={draft.stages}
              invalid={problem ? invalidFieldsOf(problem.issues, i) : new Set()}
              onChange={(next) => onChange(draft.touchpoints.map((t) => (t.id === next.id ? next : t)))}
              onMove={(by) => onChange(moveItem(draft.touchpoints, i, by))}
              onRemove={() => onChange(draft.touchpoints.filter((t) => t.id !== touchpoint.id))}
            />
          ))}
          <button type="button" class="button tp-add needs-member" onClick={onAdd}>
            + Add a touchpoint
          </button>
        </div>
      )}
    </section>
  );
}
