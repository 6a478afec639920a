import type { JourneyMapTouchpoint } from '../../../../shared/schemas/journeyMap.ts';
import { formatCount } from '../../format.ts';
import { LEVEL_WORDS } from '../../scoreLevel.ts';
import { ChangeNote } from './ChangeNote.tsx';
import { countChange, responsesChange, scoreChange } from './experienceFacts.ts';
import { experienceLevel } from './experienceLevel.ts';
import { ScoreFigure } from './ScoreFigure.tsx';
import './TouchpointCard.css';

interface Props {
  touchpoint: Pick<JourneyMapTouchpoint, 'key' | 'name' | 'current' | 'previous' | 'change'> & { worst?: boolean };
  /** "previous 7 days" */
  period: string;
  /** The heading level inside the map. */
  headingId: string;
}

/** One touchpoint on the journey map, coloured by its net experience. */
export function TouchpointCard({ touchpoint, period, headingId }: Props) {
  const { current, previous, change, worst } = touchpoint;
  const level = experienceLevel(current.netExperience);
  return (
    <article class={`tp-card level-${level}${worst ? ' is-worst' : ''}`} aria-labelledby={headingId}>
      <header class="tp-card-head">
        <h3 id={headingId} class="tp-card-name">
          {touchpoint.name}
        </h3>
        {worst && <span class="tp-worst">Worst</span>}
      </header>
      <div class="tp-card-score">
        <p class="tp-metric-label">
          Net experience
          {level !== 'none' && <span class="visually-hidden"> ({LEVEL_WORDS[level]})</span>}
        </p>
        <ScoreFigure kind="netExperience" result={current.netExperience} size="large" bar />
        {current.netExperience.enough && <ChangeNote {...scoreChange('netExperience', previous, change, period)} />}
      </div>
      <dl class="tp-metrics">
        <div>
          <dt>Responses</dt>
          <dd>
            <span class="tp-count">{formatCount(current.responses)}</span>
            <ChangeNote {...responsesChange(current, previous, period)} />
          </dd>
        </div>
        <div>
          <dt>Avg. rating</dt>
          <dd>
            <ScoreFigure kind="avgRating" result={current.avgRating} />
            {current.avgRating.enough && <ChangeNote {...scoreChange('avgRating', previous, change, period)} />}
          </dd>
        </div>
        <div>
          <dt>CSAT</dt>
          <dd>
            <ScoreFigure kind="csat" result={current.csat} />
            {current.csat.enough && <ChangeNote {...scoreChange('csat', previous, change, period)} />}
          </dd>
        </div>
        <div>
          <dt>Abandoned</dt>
          <dd>
            <span class="tp-count">{formatCount(current.abandonments)}</span>
            <ChangeNote {...countChange('abandonments', previous, change, period)} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
