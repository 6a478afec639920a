import type { Device } from '../../../shared/schemas/response.ts';
import { deviceLabel } from '../format.ts';
import { DEVICES } from '../state/devices.ts';

interface Props {
  device?: Device;
  onChange: (device: Device | undefined) => void;
}

/** Which devices' answers and journey visits the numbers count: one filter for every view. */
export function DeviceSelect({ device, onChange }: Props) {
  return (
    <div class="field">
      <label class="field-label" for="device-select">
        Device
      </label>
      <select
        id="device-select"
        class="input"
        value={device ?? ''}
        onChange={(e) => onChange(DEVICES.find((d) => d === e.currentTarget.value))}
      >
        <option value="">All devices</option>
        {DEVICES.map((d) => (
          <option key={d} value={d}>
            {deviceLabel(d)}
          </option>
        ))}
      </select>
    </div>
  );
}
