import type { StoredSite } from '../db/queries/siteRow.ts';
import { keepAllowedQueryParams } from './queryParams.ts';
import { scrubPersonalData } from './scrubPersonalData.ts';

/** Fields of any input type that hold free text a shopper typed (or a page title). */
const FREE_TEXT = ['comment', 'otherText', 'title'] as const;

/**
 * An input as it may be stored: free text scrubbed of contact details, the page
 * path without query parameters the site did not allow. Works for every input
 * type: each has a path, some have free text. (`contact` is left as given: the
 * shopper asked to be contacted.)
 */
export function protectInput<T extends { path: string }>(input: T, site: Pick<StoredSite, 'allowedQueryParams'>): T {
  const copy: Record<string, unknown> = { ...input, path: keepAllowedQueryParams(input.path, site.allowedQueryParams) };
  for (const field of FREE_TEXT) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = scrubPersonalData(value);
  }
  return copy as T;
}
