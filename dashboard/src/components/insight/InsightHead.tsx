import type { ComponentChildren } from 'preact';
import { formatDayRange } from '../../format.ts';
import type { DateRange } from '../../state/dateRange.ts';
import type { ViewFilterValues } from '../../state/viewFilters.ts';
import { DateRangePicker } from '../DateRangePicker.tsx';
import { FilterBar } from './FilterBar.tsx';
import './InsightHead.css';

interface Props {
  title: string;
  siteKey: string;
  siteName: string;
  range: DateRange;
  filters: ViewFilterValues;
  onRange: (range: DateRange) => void;
  onFilters: (filters: ViewFilterValues) => void;
  children?: ComponentChildren;
}

/** Title, the site and range it covers, and the filters every insight view shares. */
export function InsightHead({ title, siteKey, siteName, range, filters, onRange, onFilters, children }: Props) {
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>{title}</h1>
          <p class="muted">
            {siteName} · {formatDayRange(range.from, range.to)} <span class="utc-note">(UTC days)</span>
          </p>
          {children}
        </div>
        <div class="insight-controls">
          <DateRangePicker range={range} now={new Date()} onChange={onRange} />
        </div>
      </div>
      <FilterBar siteKey={siteKey} range={range} filters={filters} onChange={onFilters} />
    </>
  );
}
