import type { JourneyList } from '../../../../shared/schemas/journey.ts';
import type { Device } from '../../../../shared/schemas/response.ts';
import { deviceLabel } from '../../format.ts';
import { DEVICES } from '../../state/journeyQuery.ts';
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
      <div class="field">
        <label class="field-label" for="device-select">
          Device
        </label>
        <select
          id="device-select"
          class="input"
          value={device ?? ''}
          onChange={(e) => onDevice(DEVICES.find((d) => d === e.currentTarget.value))}
        >
          <option value="">All devices</option>
          {DEVICES.map((d) => (
            <option key={d} value={d}>
              {deviceLabel(d)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
