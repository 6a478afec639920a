import type { JourneyList } from '../../../../shared/schemas/journey.ts';
import type { Device } from '../../../../shared/schemas/response.ts';
import { DeviceSelect } from '../DeviceSelect.tsx';
import './JourneyFilters.css';

interface Props {
  list: JourneyList;
  journey: string;
  device?: Device;
  onJourney: (key: string) => void;
  onDevice: (device: Device | undefined) => void;
}

/** Which journey, and which devices, the funnel counts. */
export function JourneyFilters({ list, journey, device, onJourney, onDevice }: Props) {
  return (
    <div class="journey-filters">
      <div class="field">
        <label class="field-label" for="journey-select">
          Journey
        </label>
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
      </div>
      <DeviceSelect device={device} onChange={onDevice} />
    </div>
  );
}
