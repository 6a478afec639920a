import type { JourneyList as JourneyListData } from '../../../../shared/schemas/journey.ts';
import './JourneyList.css';

interface Props {
  list: JourneyListData;
  selected?: string;
  onView: (key: string) => void;
  onEdit: (key: string) => void;
  onDefine: (key: string) => void;
  onCreate: () => void;
}

/** The site's journeys: declared here (editable) and declared on its pages (can be given a definition). */
export function JourneyList({ list, selected, onView, onEdit, onDefine, onCreate }: Props) {
  return (
    <>
      <ul class="journey-list" aria-label="Journeys">
        {list.journeys.map((journey) => (
          <li key={journey.key} class="journey-item">
            <div class="journey-item-text">
              <p class="journey-item-name">
                {journey.name} <code class="muted">{journey.key}</code>
                {journey.key === selected && <span class="journey-item-current"> · shown above</span>}
              </p>
              <p class="journey-item-steps muted">
                {journey.steps.map((step) => step.name).join(' → ')}
                {journey.completeMatch.length > 0 && ' → completed'}
              </p>
            </div>
            <div class="journey-item-actions">
              {journey.key !== selected && (
                <button type="button" class="button button-quiet" onClick={() => onView(journey.key)}>
                  View<span class="visually-hidden"> {journey.name}</span>
                </button>
              )}
              <button type="button" class="button needs-member" onClick={() => onEdit(journey.key)}>
                Edit<span class="visually-hidden"> {journey.name}</span>
              </button>
            </div>
          </li>
        ))}
        {list.undeclared.map((key) => (
          <li key={key} class="journey-item">
            <div class="journey-item-text">
              <p class="journey-item-name">
                <code>{key}</code>
                {key === selected && <span class="journey-item-current"> · shown above</span>}
              </p>
              <p class="journey-item-steps muted">Declared on the pages (markup or script); steps come from its events.</p>
            </div>
            <div class="journey-item-actions">
              {key !== selected && (
                <button type="button" class="button button-quiet" onClick={() => onView(key)}>
                  View<span class="visually-hidden"> {key}</span>
                </button>
              )}
              <button type="button" class="button needs-member" onClick={() => onDefine(key)}>
                Define<span class="visually-hidden"> {key}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" class="button button-primary new-journey needs-member" onClick={onCreate}>
        + New journey
      </button>
    </>
  );
}
