import type { JourneyList } from '../../../../shared/schemas/journey.ts';
import { Field } from '../form/Field.tsx';
import './JourneyFilters.css';

interface Props {
  list: JourneyList;
  journey: string;
  onJourney: (key: string) => void;
}

/** Which journey the funnel counts; the view filters (device and the rest) are in the filter bar. */
export function JourneyFilters({ list, journey, onJourney }: Props) {
  return (
    <div class="journey-filters">
      <Field id="journey-select" label="Journey">
        <select id="journey-select" class="input" value={journey} onChange={(e) => onJourney(e.currentTarget.value)}>
          {list.journeys.map((j) => (
            <option key={j.key} value={j.key}>
              {j.name}
            </option>
          ))}
          {list.undeclared.map((key) => (
            <option key={key} value={key}>
              {key} (declared on the pages)
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
