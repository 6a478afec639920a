import type { CommentTagUse } from '../../../shared/schemas/commentTagSet.ts';
import type { FilterOptions } from '../../../shared/schemas/filterOptions.ts';
import type { Touchpoint } from '../../../shared/schemas/touchpoint.ts';
import { getCommentTags } from '../api/commentTagsApi.ts';
import type { SummaryRange } from '../state/viewFilters.ts';
import { getFilterOptions } from '../api/filterOptionsApi.ts';
import { getTouchpoints } from '../api/insightApi.ts';
import { useRequest } from './useRequest.ts';
import { useTagSetVersion } from './useTagSetVersion.ts';

// The filter bar and the segment split ask for the same lists at the same
// moment: share a request while it runs, but keep nothing after it, so a tag
// set or touchpoint map saved on this page shows on the next load; a tag set
// saved in the editor reloads the tags at once (useTagSetVersion).
const running = new Map<string, Promise<unknown>>();
function shared<T>(key: string, load: () => Promise<T>): Promise<T> {
  let request = running.get(key) as Promise<T> | undefined;
  if (!request) {
    request = load();
    running.set(key, request);
    const forget = () => running.delete(key);
    request.then(forget, forget);
  }
  return request;
}

/** What the view filters can be set to; each list undefined until it arrives (or if it could not be loaded). */
export interface FilterChoices {
  options?: FilterOptions;
  touchpoints?: Touchpoint[];
  tags?: CommentTagUse[];
}

export function useFilterChoices(siteKey: string, range: SummaryRange): FilterChoices {
  const options = useRequest(
    () => shared(`options ${siteKey} ${range.from} ${range.to}`, () => getFilterOptions(siteKey, range)),
    [siteKey, range.from, range.to],
  );
  const map = useRequest(() => shared(`touchpoints ${siteKey}`, () => getTouchpoints(siteKey)), [siteKey]);
  const tagSetVersion = useTagSetVersion(siteKey);
  const tags = useRequest(() => shared(`tags ${siteKey} ${tagSetVersion}`, () => getCommentTags(siteKey)), [siteKey, tagSetVersion]);
  return { options: options.data, touchpoints: map.data?.touchpoints, tags: tags.data?.tags };
}
