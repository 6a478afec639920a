import { useEffect, useState } from 'preact/hooks';
import { SERVQUAL_TAGS } from '../../../shared/commentTags.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import { getComments, getThemes } from '../api/themesApi.ts';
import { AppHeader } from '../components/AppHeader.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { SitePage } from '../components/insight/SitePage.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SiteSelector } from '../components/SiteSelector.tsx';
import { FoundComments } from '../components/themes/FoundComments.tsx';
import { ThemeList } from '../components/themes/ThemeList.tsx';
import { formatCount } from '../format.ts';
import { useInsightQuery } from '../hooks/useInsightQuery.ts';
import type { HistoryMode } from '../hooks/useOverviewQuery.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { formatInsightQuery, type InsightQuery } from '../state/insightQuery.ts';
import './Overview.css';
import './Themes.css';

const PAGE_SIZE = 20;
const MAX_LIMIT = 200;

/** `/themes`: what customers keep saying, the trend of each theme, and the comments behind it. */
export function ThemesPage() {
  const [query, setQuery] = useInsightQuery();
  return (
    <SitePage wanted={query.site}>
      {(sites, site) => <SiteThemes sites={sites} site={site} query={query} setQuery={setQuery} />}
    </SitePage>
  );
}

interface Props {
  sites: Site[];
  site: Site;
  query: InsightQuery;
  setQuery: (next: InsightQuery, mode?: HistoryMode) => void;
}

function SiteThemes({ sites, site, query, setQuery }: Props) {
  const { range, device } = query;
  const effective = { ...query, site: site.key };
  const [theme, setTheme] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | undefined>(undefined);
  const [tag, setTag] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => {
    if (formatInsightQuery(effective) !== location.search) setQuery(effective, 'replace');
  }, [site.key, range.from, range.to, device]);
  useEffect(() => {
    document.title = `Comment themes · ${site.name} · Touchpoint`;
  }, [site.name]);

  const themes = useRequest(
    (signal) => getThemes(site.key, toApiRange(range), device, signal),
    [site.key, range.from, range.to, device],
  );
  const comments = useRequest(
    (signal) => getComments(site.key, toApiRange(range), device, { theme, q: search, tag, limit }, signal),
    [site.key, range.from, range.to, device, theme, search, tag, limit],
  );
  const days = rangeLengthInDays(range);
  const tagLabel = SERVQUAL_TAGS.find((t) => t.key === tag)?.label;
  const found = [
    theme ? `mentioning “${theme}”` : null,
    search ? `containing “${search}”` : null,
    tagLabel ? `tagged ${tagLabel}` : null,
  ].filter(Boolean);
  const commentsTitle = found.length ? `Comments ${found.join(' and ')}` : 'Latest comments';

  return (
    <>
      <AppHeader>
        <SiteSelector sites={sites} selected={site.key} onSelect={(key) => setQuery({ ...query, site: key })} />
      </AppHeader>
      <main class="page">
        <InsightHead
          title="Comment themes"
          siteName={site.name}
          range={range}
          device={device}
          onRange={(next) => setQuery({ ...effective, range: next })}
          onDevice={(next) => setQuery({ ...effective, device: next })}
        />
        <form
          class="comment-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            // A new search starts over; a theme chosen after it narrows it.
            setSearch(draft.trim() || undefined);
            setTheme(undefined);
            setLimit(PAGE_SIZE);
          }}
        >
          <label class="field-label" for="comment-search-input">
            Search comments
          </label>
          <input
            id="comment-search-input"
            class="input"
            type="search"
            maxLength={100}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            placeholder="Words in English or Chinese, e.g. delivery, 退款"
          />
          <button type="submit" class="button">
            Search
          </button>
          <label class="field-label" for="comment-tag-filter">
            Tagged
          </label>
          <select
            id="comment-tag-filter"
            class="input comment-tag-filter"
            value={tag ?? ''}
            onChange={(e) => {
              setTag(e.currentTarget.value || undefined);
              setLimit(PAGE_SIZE);
            }}
          >
            <option value="">Any tag or none</option>
            {SERVQUAL_TAGS.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        </form>
        <div class="themes-layout">
          <section class="panel card" aria-labelledby="themes-title">
            <div class="panel-head">
              <h2 id="themes-title">Themes</h2>
              <p class="muted panel-note">
                {themes.data ? `${formatCount(themes.data.comments)} comments · ` : ''}against the{' '}
                {days === 1 ? 'previous day' : `previous ${days} days`}
              </p>
            </div>
            {themes.error && <ErrorNotice title="Could not load the themes" error={themes.error} onRetry={themes.retry} />}
            {themes.data && !themes.error ? (
              <ThemeList
                themes={themes.data.themes}
                selected={theme}
                onSelect={(next) => {
                  setTheme(next);
                  setLimit(PAGE_SIZE);
                }}
              />
            ) : (
              !themes.error && <LoadingState label="Finding themes…" />
            )}
          </section>
          <section class="panel card" aria-labelledby="found-title">
            <div class="panel-head">
              <h2 id="found-title">{commentsTitle}</h2>
              {(theme || search || tag) && (
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() => {
                    setTheme(undefined);
                    setSearch(undefined);
                    setTag(undefined);
                    setDraft('');
                  }}
                >
                  Clear
                </button>
              )}
            </div>
            {comments.error && <ErrorNotice title="Could not load the comments" error={comments.error} onRetry={comments.retry} />}
            {comments.data && !comments.error ? (
              <>
                <FoundComments siteKey={site.key} comments={comments.data.comments} label={commentsTitle} />
                {comments.data.more && limit < MAX_LIMIT && (
                  <button type="button" class="button button-quiet show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                    Show more
                  </button>
                )}
              </>
            ) : (
              !comments.error && <LoadingState label="Loading comments…" />
            )}
          </section>
        </div>
      </main>
    </>
  );
}
