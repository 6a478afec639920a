import { scrubPersonalData } from '../privacy/scrubPersonalData.ts';

/** How `returning` and `attributes` are stored on every table that has them. */
export interface VisitorColumns {
  /** 0 new, 1 returning, null unknown (a privacy signal, or not sent). */
  returning: 0 | 1 | null;
  /** JSON object, values scrubbed of contact details as comments are; null when there are none. */
  attributes: string | null;
}

export function visitorColumns(input: { returning?: boolean; attributes?: Record<string, string> }): VisitorColumns {
  const entries = Object.entries(input.attributes ?? {});
  return {
    returning: input.returning === undefined ? null : input.returning ? 1 : 0,
    attributes: entries.length
      ? JSON.stringify(Object.fromEntries(entries.map(([name, value]) => [name, scrubPersonalData(value)])))
      : null,
  };
}
