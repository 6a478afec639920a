import { channelLabel, deviceLabel } from '../../format.ts';
import type { ViewFilterValues } from '../../state/viewFilters.ts';
import type { FilterChoices } from '../../hooks/useFilterChoices.ts';

export type FilterName = keyof ViewFilterValues;

export const FILTER_TITLES: Record<FilterName, string> = {
  device: 'Device',
  path: 'Page',
  touchpoint: 'Touchpoint',
  visitor: 'Visitors',
  lang: 'Language',
  channel: 'Channel',
  attr: 'Attribute',
  theme: 'Theme',
  tag: 'Tag',
};

export const VISITOR_LABELS = { new: 'New visitors', returning: 'Returning visitors' } as const;

/** `plan:gold` → `plan = gold`. */
export function attributeLabel(attr: string): string {
  const colon = attr.indexOf(':');
  return colon < 0 ? attr : `${attr.slice(0, colon)} = ${attr.slice(colon + 1)}`;
}

/** How a set filter reads on its chip: names rather than keys where the site gave them. */
export function filterValueLabel(name: FilterName, value: string, choices: FilterChoices): string {
  switch (name) {
    case 'device':
      return deviceLabel(value);
    case 'channel':
      return channelLabel(value);
    case 'visitor':
      return value === 'new' || value === 'returning' ? VISITOR_LABELS[value] : value;
    case 'touchpoint':
      return choices.touchpoints?.find((t) => t.key === value)?.name ?? value;
    case 'tag':
      return choices.tags?.find((t) => t.key === value)?.label ?? value;
    case 'attr':
      return attributeLabel(value);
    case 'theme':
      return `“${value}”`;
    default:
      return value;
  }
}
