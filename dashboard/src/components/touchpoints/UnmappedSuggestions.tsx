import { touchpointForPath } from '../../../../shared/touchpointForPath.ts';
import { getJourneyMap } from '../../api/insightApi.ts';
import { formatCount } from '../../format.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { presetRange, toApiRange } from '../../state/dateRange.ts';
import { PagePath } from '../PagePath.tsx';
import type { MapDraft } from './touchpointDraft.ts';
import { useSiteTimeZone } from '../page/siteTimeZone.ts';

interface Props {
  siteKey: string;
  draft: MapDraft;
  /** Starts a new touchpoint for this page. */
  onAdd: (path: string) => void;
}

/** Pages with feedback in the last 30 days that no touchpoint (as edited now) claims yet. */
export function UnmappedSuggestions({ siteKey, draft, onAdd }: Props) {
  const timeZone = useSiteTimeZone();
  const map = useRequest((signal) => getJourneyMap(siteKey, toApiRange(presetRange(30, new Date(), timeZone)), {}, signal), [siteKey, timeZone]);
  const pages = (map.data?.unmapped.pages ?? []).filter((page) => !touchpointForPath(draft.touchpoints, page.path));
  return (
    <section class="panel card" aria-labelledby="unmapped-suggestions-title">
      <h2 id="unmapped-suggestions-title">Pages without a touchpoint</h2>
      <p class="muted panel-note">With feedback in the last 30 days</p>
      {map.error ? (
        <p class="empty-note muted">Could not load them: {map.error.message}</p>
      ) : !map.data ? (
        <p class="empty-note muted">Loading…</p>
      ) : pages.length === 0 ? (
        <p class="empty-note muted">None: every page with feedback is in a touchpoint.</p>
      ) : (
        <ul class="suggestion-list">
          {pages.map((page) => (
            <li key={page.path}>
              <span class="suggestion-path">
                <PagePath path={page.path} />
                <span class="muted"> · {formatCount(page.responses)} ratings</span>
              </span>
              <button type="button" class="button button-quiet needs-member" aria-label={`New touchpoint for ${page.path}`} onClick={() => onAdd(page.path)}>
                + Touchpoint
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
