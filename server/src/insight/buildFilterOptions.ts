import type { FilterOptions } from '../../../shared/schemas/filterOptions.ts';
import type { Channel } from '../../../shared/schemas/response.ts';
import type { Db } from '../db/openDatabase.ts';
import { countResponsesBy } from '../db/queries/responses/countResponsesBy.ts';
import type { SiteRange } from '../db/queries/ranges/dateRange.ts';
import { getFilterAttributes, type AttributeSetCount } from '../db/queries/responses/getFilterAttributes.ts';

// The caps shared/schemas/filterOptions.ts promises: a menu, not an export.
const PATHS = 200;
const ATTRIBUTE_KEYS = 20;
const VALUES_PER_KEY = 50;

/** What each view filter can be set to: the values responses in the range carry, most answered first. */
export function buildFilterOptions(db: Db, siteKey: string, range: SiteRange & { timeZone: string }): FilterOptions {
  return {
    site: siteKey,
    paths: countResponsesBy(db, range, 'path', PATHS),
    langs: countResponsesBy(db, range, 'lang'),
    channels: countResponsesBy(db, range, 'channel') as Channel[],
    attributes: attributeOptions(getFilterAttributes(db, range)),
  };
}

/** Keys by how many responses carry them, each with its values by count; ties by name. */
function attributeOptions(sets: readonly AttributeSetCount[]): FilterOptions['attributes'] {
  const byKey = new Map<string, { total: number; values: Map<string, number> }>();
  for (const { attributes, count } of sets) {
    for (const [key, value] of Object.entries(JSON.parse(attributes) as Record<string, unknown>)) {
      const entry = byKey.get(key) ?? { total: 0, values: new Map<string, number>() };
      entry.total += count;
      entry.values.set(String(value), (entry.values.get(String(value)) ?? 0) + count);
      byKey.set(key, entry);
    }
  }
  const byCount = ([a, x]: [string, number], [b, y]: [string, number]) => y - x || a.localeCompare(b);
  return [...byKey]
    .sort(([a, x], [b, y]) => y.total - x.total || a.localeCompare(b))
    .slice(0, ATTRIBUTE_KEYS)
    .map(([key, { values }]) => ({ key, values: [...values].sort(byCount).slice(0, VALUES_PER_KEY).map(([value]) => value) }));
}
