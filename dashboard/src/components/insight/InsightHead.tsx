import type { ComponentChildren } from 'preact';
import type { Device } from '../../../../shared/schemas/response.ts';
import { formatDayRange } from '../../format.ts';
import type { DateRange } from '../../state/dateRange.ts';
import { DateRangePicker } from '../DateRangePicker.tsx';
import { DeviceSelect } from '../DeviceSelect.tsx';
import './InsightHead.css';

interface Props {
  title: string;
  siteName: string;
  range: DateRange;
  device?: Device;
  onRange: (range: DateRange) => void;
  onDevice: (device: Device | undefined) => void;
  children?: ComponentChildren;
}

/** Title, the site and range it covers, and the filters every insight view shares. */
export function InsightHead({ title, siteName, range, device, onRange, onDevice, children }: Props) {
  return (
    <div class="page-head">
      <div class="page-title">
        <h1>{title}</h1>
        <p class="muted">
          {siteName} · {formatDayRange(range.from, range.to)} <span class="utc-note">(UTC days)</span>
        </p>
        {children}
      </div>
      <div class="insight-controls">
        <DeviceSelect device={device} onChange={onDevice} />
        <DateRangePicker range={range} now={new Date()} onChange={onRange} />
      </div>
    </div>
  );
}
