import { useState } from 'preact/hooks';
import { getCommentTags } from '../api/commentTagsApi.ts';
import { getComments, getThemes } from '../api/themesApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { FoundComments } from '../components/themes/FoundComments.tsx';
import { TagSetEditor } from '../components/themes/TagSetEditor.tsx';
import { ThemeList } from '../components/themes/ThemeList.tsx';
import { InsightPage, type InsightView } from '../components/page/InsightPage.tsx';
import { formatCount } from '../format.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { useTagSetVersion } from '../hooks/useTagSetVersion.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import { formatInsightQuery } from '../state/insightQuery.ts';
import type { ViewFilterValues } from '../state/viewFilters.ts';
import '../styles/page.css';
import './Themes.css';

const PAGE_SIZE = 20;
const MAX_LIMIT = 200;

/** `/themes`: what customers keep saying, the trend of each theme, and the comments behind it. */
export function ThemesPage() {
  return <InsightPage title="Comment themes">{(view) => <SiteThemes {...view} />}</InsightPage>;
}

function SiteThemes(view: InsightView) {
  const { site, query, effective, address, setQuery } = view;
  const { range, filters } = query;
  // The theme and tag are view filters, kept in the address with the others.
  const { theme, tag } = filters;
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [editingTags, setEditingTags] = useState(false);
  const setFilters = (next: ViewFilterValues) => {
    setQuery({ ...effective, filters: next });
    setLimit(PAGE_SIZE);
  };

  // Every theme under the other filters, so another one can be chosen; the comments follow the chosen one.
  const themes = useRequest(
    (signal) => getThemes(site.key, toApiRange(range), { ...filters, theme: undefined }, signal),
    [formatInsightQuery({ ...effective, filters: { ...filters, theme: undefined } })],
  );
  const comments = useRequest(
    (signal) => getComments(site.key, toApiRange(range), filters, { q: search, limit }, signal),
    [address, search, limit],
  );
  // Saved in the editor: the tag buttons on the comments offer the new set.
  const tagSetVersion = useTagSetVersion(site.key);
  const tagSet = useRequest((signal) => getCommentTags(site.key, signal), [site.key, tagSetVersion]);
  const days = rangeLengthInDays(range);
  const tagLabel = tag && (tagSet.data?.tags.find((t) => t.key === tag)?.label ?? tag);
  const found = [
    theme ? `mentioning “${theme}”` : null,
    search ? `containing “${search}”` : null,
    tagLabel ? `tagged ${tagLabel}` : null,
  ].filter(Boolean);
  const commentsTitle = found.length ? `Comments ${found.join(' and ')}` : 'Latest comments';

  return (
    <>
      <InsightHead title="Comment themes" view={view} onFilters={setFilters} />
      <form
        class="comment-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          // The search narrows what the filters (theme and tag among them) found.
          setSearch(draft.trim() || undefined);
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
      </form>
      {editingTags && tagSet.data && (
        <TagSetEditor
          key={site.key}
          siteKey={site.key}
          initial={tagSet.data}
          onSaved={() => {
            // A removed tag came off comments: show them as they are now.
            comments.retry();
          }}
          onClose={() => setEditingTags(false)}
        />
      )}
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
            themes.data.comments === 0 && hasViewFilters(filters) ? (
              <NoFilterMatches what="comments" onClear={() => setFilters({})} />
            ) : (
              <ThemeList themes={themes.data.themes} selected={theme} onSelect={(next) => setFilters({ ...filters, theme: next })} />
            )
          ) : (
            !themes.error && <LoadingState label="Finding themes…" />
          )}
        </section>
        <section class="panel card" aria-labelledby="found-title">
          <div class="panel-head">
            <h2 id="found-title">{commentsTitle}</h2>
            {!editingTags && (
              <button type="button" class="button button-quiet needs-member" onClick={() => setEditingTags(true)} disabled={!tagSet.data}>
                Edit tags
              </button>
            )}
            {(theme || search || tag) && (
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  setFilters({ ...filters, theme: undefined, tag: undefined });
                  setSearch(undefined);
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
            <FoundComments siteKey={site.key} comments={comments.data.comments} label={commentsTitle} tagOptions={tagSet.data?.tags ?? []} />
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
    </>
  );
}
