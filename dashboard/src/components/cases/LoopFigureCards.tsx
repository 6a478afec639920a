import type { LoopFigures } from '../../../../shared/schemas/loop.ts';
import { loopFigures } from './loopFigures.ts';

/** The loop's figures as cards, each with how it moved since the previous period. */
export function LoopFigureCards({ now, before }: { now: LoopFigures; before: LoopFigures }) {
  return (
    <ul class="loop-figures" aria-label="Loop figures">
      {loopFigures(now, before).map((f) => (
        <li key={f.key} class="card loop-figure">
          <span class="loop-figure-label">{f.label}</span>
          <span class="loop-figure-value">{f.value}</span>
          <span class={`loop-figure-change tone-${f.tone}`}>{f.change ?? 'nothing to compare with'}</span>
        </li>
      ))}
    </ul>
  );
}
