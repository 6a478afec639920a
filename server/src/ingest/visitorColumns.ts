import type { VisitorColumns } from '../db/visitorColumns.ts';
import { scrubPersonalData } from '../privacy/scrubPersonalData.ts';

export function visitorColumns(input: { returning?: boolean; attributes?: Record<string, string> }): VisitorColumns {
  const entries = Object.entries(input.attributes ?? {});
  return {
    returning: input.returning === undefined ? null : input.returning ? 1 : 0,
    attributes: entries.length
      ? JSON.stringify(Object.fromEntries(entries.map(([name, value]) => [name, scrubPersonalData(value)])))
      : null,
  };
}
