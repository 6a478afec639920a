import { COMMENT_TAG_PATTERN } from '../../../shared/commentTags.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Channel } from '../../../shared/schemas/response.ts';
import { DEVICES } from './devices.ts';
import { FILTER_NAMES, type ViewFilterValues } from './viewFilters.ts';

// The same rules as shared/schemas/viewFilters.ts, without zod: the dashboard
// imports only types from the schemas, so zod stays out of its bundle. A value
// these reject would be a 400 from every view, so it is dropped instead.
export const CHANNELS: readonly Channel[] = ['web', 'email', 'sms', 'phone', 'store', 'api'];
const PAGE_PATH = /^\/[^?#\s]*$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const ATTRIBUTE = /^[^:]{1,40}:.{1,120}$/s;
const printable = (max: number) => (value: string) => value.length <= max && !/[\u0000-\u001f]/.test(value);

const VALID: Record<(typeof FILTER_NAMES)[number], (value: string) => boolean> = {
  device: (value) => DEVICES.some((d) => d === value),
  path: (value) => value.length <= LIMITS.url && PAGE_PATH.test(value),
  touchpoint: printable(60),
  channel: (value) => CHANNELS.some((c) => c === value),
  lang: (value) => value.length <= 35 && LANG.test(value),
  visitor: (value) => value === 'new' || value === 'returning',
  attr: (value) => ATTRIBUTE.test(value),
  theme: printable(80),
  tag: (value) => COMMENT_TAG_PATTERN.test(value),
};

/** The view filters in a query string; unknown or malformed values are left out (they mean "all"). */
export function parseViewFilters(params: URLSearchParams): ViewFilterValues {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value && VALID[name](value)) filters[name] = value;
  }
  // A page and a touchpoint would contradict each other: the page is the narrower choice.
  if (filters.path) delete filters.touchpoint;
  return filters as ViewFilterValues;
}

/** Writes the filters that are set, in one fixed order so equal filters give equal addresses. */
export function writeViewFilters(params: URLSearchParams, filters: ViewFilterValues): URLSearchParams {
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export function hasViewFilters(filters: ViewFilterValues): boolean {
  return FILTER_NAMES.some((name) => Boolean(filters[name]));
}
