import type { Summary } from '../../../../shared/schemas/summary.ts';
import { getJourneyMap } from '../../api/insightApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { LEVEL_WORDS } from '../../scoreLevel.ts';
import { viewQuery, type ViewFilterValues } from '../../state/viewFilters.ts';
import { experienceLevel } from './experienceLevel.ts';
import { ScoreFigure } from './ScoreFigure.tsx';
import './JourneyStrip.css';

interface Props {
  siteKey: string;
  /** The overview's range, as the summary answered it. */
  range: Pick<Summary, 'from' | 'to'>;
  filters: ViewFilterValues;
}

/**
 * The journey map at a glance on the first screen: stages left to right, each
 * touchpoint coloured by its net experience, the worst one marked. The same
 * request as the journey map view, so the figures are the same.
 */
export function JourneyStrip({ siteKey, range, filters }: Props) {
  const map = useRequest((signal) => getJourneyMap(siteKey, range, filters, signal), [siteKey, viewQuery(range, filters).toString()]);
  const search = location.search;
  const stages = map.data?.stages.filter((stage) => stage.touchpoints.length > 0) ?? [];
  return (
    <section class="panel card journey-strip" aria-labelledby="journey-strip-title">
      <div class="panel-head">
        <h2 id="journey-strip-title">Journey map</h2>
        <p class="muted panel-note">Net experience per touchpoint: share of ratings of 4–5 minus share of 1–2</p>
      </div>
      {map.error ? (
        <p class="empty-note muted">Could not load the journey map: {map.error.message}</p>
      ) : !map.data ? (
        <p class="empty-note muted" role="status">
          Loading…
        </p>
      ) : stages.length === 0 ? (
        <p class="empty-note muted">
          No touchpoints yet. <a href={`/touchpoints${search}`}>Map your pages to touchpoints</a> to see the journey stage by stage.
        </p>
      ) : (
        <ol class="journey-strip-stages">
          {stages.map((stage) => (
            <li key={stage.key} class="journey-strip-stage">
              <h3 class="journey-strip-stage-name">{stage.name}</h3>
              <ul class="journey-strip-touchpoints" aria-label={stage.name}>
                {stage.touchpoints.map((touchpoint) => {
                  const level = experienceLevel(touchpoint.current.netExperience);
                  const worst = map.data!.worst === touchpoint.key;
                  return (
                    <li key={touchpoint.key} class={`journey-strip-tp level-${level}${worst ? ' is-worst' : ''}`}>
                      <span class="journey-strip-tp-name">
                        {touchpoint.name}
                        {worst && <span class="tp-worst">Worst</span>}
                      </span>
                      <ScoreFigure kind="netExperience" result={touchpoint.current.netExperience} />
                      {level !== 'none' && <span class="visually-hidden"> ({LEVEL_WORDS[level]})</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p class="top-problems-links">
        <a href={`/journey-map${search}`}>Open the journey map →</a>
      </p>
    </section>
  );
}
