import type { ComponentChildren } from 'preact';
import type { Site } from '../../../../shared/schemas/site.ts';
import { useInsightQuery } from '../../hooks/useInsightQuery.ts';
import type { HistoryMode } from '../../hooks/useUrlQuery.ts';
import { formatInsightQuery, type InsightQuery } from '../../state/insightQuery.ts';
import { inSiteZone } from '../../state/urlState.ts';
import { SitePage } from './SitePage.tsx';
import { useAddressSync } from './useAddressSync.ts';
import { usePageTitle } from './usePageTitle.ts';

/** What a view of one site under the insight query (site, range, filters) is given. */
export interface InsightView {
  site: Site;
  /** As the address has it. */
  query: InsightQuery;
  /** The query with the site shown: what the address is made to say. */
  effective: InsightQuery;
  /** `effective`, formatted: it changes whenever what the view shows changes. */
  address: string;
  setQuery: (next: InsightQuery, mode?: HistoryMode) => void;
}

interface Props {
  /** The view's name in the tab's title, before the site's; none for the overview. */
  title?: string;
  children: (view: InsightView) => ComponentChildren;
}

/** A page of one site whose address is the insight query: the site frame, the address kept in step, the tab's title. */
export function InsightPage({ title, children }: Props) {
  const [query, setQuery] = useInsightQuery();
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => setQuery({ ...query, site: key })}>
      {(site) => <InsightSite site={site} query={inSiteZone(query, site.timeZone, new Date())} setQuery={setQuery} title={title} render={children} />}
    </SitePage>
  );
}

interface SiteProps extends Pick<InsightView, 'site' | 'query' | 'setQuery'> {
  title?: string;
  render: Props['children'];
}

function InsightSite({ site, query, setQuery, title, render }: SiteProps) {
  const effective = { ...query, site: site.key };
  const address = formatInsightQuery(effective);
  useAddressSync(address, () => setQuery(effective, 'replace'));
  usePageTitle(...(title ? [title] : []), site.name);
  return <>{render({ site, query, effective, address, setQuery })}</>;
}
