import type { JourneyMapStage } from '../../../../shared/schemas/journeyMap.ts';
import { formatCount } from '../../format.ts';
import { ScoreFigure } from './ScoreFigure.tsx';
import { TouchpointCard } from './TouchpointCard.tsx';
import './StageColumn.css';

interface Props {
  stage: JourneyMapStage;
  period: string;
  /** Link to the touchpoints editor, for an empty stage. */
  editHref: string;
}

/** One stage of the customer lifecycle, its totals on top and its touchpoints below, in the site's order. */
export function StageColumn({ stage, period, editHref }: Props) {
  const headingId = `stage-${stage.key}`;
  return (
    <section class="stage-column" aria-labelledby={headingId}>
      <header class="stage-head">
        <h2 id={headingId}>{stage.name}</h2>
        <p class="stage-totals muted">
          {formatCount(stage.current.responses)} ratings · {formatCount(stage.current.abandonments)} abandoned
        </p>
        <p class="stage-net">
          <span class="muted">Net experience </span>
          <ScoreFigure kind="netExperience" result={stage.current.netExperience} />
        </p>
      </header>
      {stage.touchpoints.length === 0 ? (
        <p class="stage-empty muted">
          No touchpoints in this stage. <a href={editHref}>Add one</a>
        </p>
      ) : (
        <div class="stage-touchpoints">
          {stage.touchpoints.map((touchpoint) => (
            <TouchpointCard key={touchpoint.key} touchpoint={touchpoint} period={period} headingId={`tp-${touchpoint.key}`} />
          ))}
        </div>
      )}
    </section>
  );
}
