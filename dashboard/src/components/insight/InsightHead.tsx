import type { ComponentChildren } from 'preact';
import { formatDayRange } from '../../format.ts';
import type { ViewFilterValues } from '../../state/viewFilters.ts';
import { DateRangePicker } from '../DateRangePicker.tsx';
import type { InsightView } from '../page/InsightPage.tsx';
import { FilterBar } from './FilterBar.tsx';
import type { FilterName } from './filterLabels.ts';
import './InsightHead.css';

interface Props {
  title: string;
  view: InsightView;
  /** When a view does more than change the filters (the default). */
  onFilters?: (filters: ViewFilterValues) => void;
  /** Filters the view does not take, left out of the bar. */
  without?: readonly FilterName[];
  children?: ComponentChildren;
}

/** Title, the site and range it covers, and the filters every insight view shares. */
export function InsightHead({ title, view, onFilters, without, children }: Props) {
  const { site, query, effective, setQuery } = view;
  const { range, filters } = query;
  const siteKey = site.key;
  const siteName = site.name;
  const onRange = (next: typeof range) => setQuery({ ...effective, range: next });
  const setFilters = onFilters ?? ((next: ViewFilterValues) => setQuery({ ...effective, filters: next }));
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
      <FilterBar siteKey={siteKey} range={range} filters={filters} onChange={setFilters} without={without} />
    </>
  );
}
