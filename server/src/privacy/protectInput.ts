import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { keepAllowedQueryParams } from './queryParams.ts';
import { scrubEmailAddresses, scrubPersonalData } from './scrubPersonalData.ts';

/** Fields of any input type that hold free text a shopper typed (or a page title). */
const FREE_TEXT = ['comment', 'otherText', 'title'] as const;

/**
 * An input as it may be stored: free text scrubbed of contact details, the page
 * location without query parameters the site did not allow and without e-mail
 * addresses (`/users/jane@example.com/orders`, an allowed `?ref=` holding one).
 * Works for every input type: each has a path, some have free text. Attribute
 * values and open survey answers are scrubbed where their rows are built
 * (ingest/visitorColumns.ts, ingest/surveyAnswerRow.ts); the schema drops a
 * language or attribute key that is not scrubbable. (`contact` is left as
 * given: the shopper asked to be contacted.)
 */
export function protectInput<T extends { path: string }>(input: T, site: Pick<StoredSite, 'allowedQueryParams'>): T {
  const copy: Record<string, unknown> = { ...input, path: scrubEmailAddresses(keepAllowedQueryParams(input.path, site.allowedQueryParams)) };
  for (const field of FREE_TEXT) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = scrubPersonalData(value);
  }
  return copy as T;
}
