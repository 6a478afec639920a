import type { ComponentChildren } from 'preact';
import type { Channels } from '../../../shared/schemas/channels.ts';
import { getChannels } from '../api/channelsApi.ts';
import { ChannelTable } from '../components/channels/ChannelTable.tsx';
import { OnlyWebNote } from '../components/channels/OnlyWebNote.tsx';
import { SurveyChannelTable } from '../components/channels/SurveyChannelTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { InsightPage, type InsightView } from '../components/page/InsightPage.tsx';
import { useRequest } from '../hooks/useRequest.ts';
import { toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import '../components/channels/channels.css';
import '../components/EmptyState.css';
import '../styles/page.css';

/** `/channels`: every touchpoint's and every survey's score per channel, against the web's on the same touchpoint or survey. */
export function ChannelsPage() {
  return <InsightPage title="Channels">{(view) => <SiteChannels {...view} />}</InsightPage>;
}

function SiteChannels(view: InsightView) {
  const { site, query, effective, address, setQuery } = view;
  const { range, filters } = query;
  const result = useRequest((signal) => getChannels(site.key, toApiRange(range), filters, signal), [site.key, address]);
  const stale = result.loading && result.data !== undefined;
  const { channel: _compared, ...otherFilters } = filters;
  return (
    <>
      <InsightHead title="Channels" view={view} without={['channel']} />
      {result.error && <ErrorNotice title="Could not load the channels" error={result.error} onRetry={result.retry} />}
      {result.data && !result.error ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          <ChannelsView
            data={result.data}
            siteKey={site.key}
            filtered={hasViewFilters(otherFilters)}
            onClear={() => setQuery({ ...effective, filters: {} })}
          />
        </div>
      ) : (
        !result.error && <LoadingState label="Loading the channels…" />
      )}
    </>
  );
}

interface ViewProps {
  data: Channels;
  siteKey: string;
  filtered: boolean;
  onClear: () => void;
}

function ChannelsView({ data, siteKey, filtered, onClear }: ViewProps) {
  const ratings = data.all.n > 0;
  const answers = data.surveys.length > 0;
  if (!ratings && !answers && filtered) return <NoFilterMatches what="ratings or survey answers" onClear={onClear} />;
  if (!ratings && !answers) {
    return (
      <section class="panel card">
        <p class="empty-note">No ratings or survey answers in this period. Try a longer range.</p>
      </section>
    );
  }
  if ([...data.channels, ...data.surveyChannels].every((channel) => channel === 'web')) return <OnlyWebNote siteKey={siteKey} />;
  return (
    <>
      <ChannelSection
        id="touchpoints-title"
        title="Touchpoints by channel"
        empty={ratings ? null : 'No page ratings in this period.'}
        legend={
          <>
            Net experience (share of 4–5 ratings minus share of 1–2) ± its 95% interval, n ratings, and the difference from the
            web on the same touchpoint. <strong>Worse than web</strong> (▼, red): the 95% interval of the difference is below
            zero. Fewer than {data.minSample} ratings: not enough data, never marked.
          </>
        }
      >
        <ChannelTable data={data} />
      </ChannelSection>
      <ChannelSection
        id="surveys-title"
        title="Surveys by channel"
        empty={answers ? null : 'No survey answers in this period.'}
        legend={
          <>
            Each survey's first score question (named under the survey), scored as in its results ± its 95% interval, n answers,
            and the difference from the web's answers to the same survey; marked worse on the same rule.
          </>
        }
      >
        <SurveyChannelTable data={data} />
        {data.surveyChannels.every((channel) => channel === 'web') && (
          <p class="muted channel-legend">
            Only web answers in this period: share a survey as a link or QR code, or send it by e-mail, and those answers show
            here under their channel.
          </p>
        )}
      </ChannelSection>
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  legend: ComponentChildren;
  /** Said instead of the table when it would be empty. */
  empty: string | null;
  children: ComponentChildren;
}

function ChannelSection({ id, title, legend, empty, children }: SectionProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} class="channel-section-title">
        {title}
      </h2>
      {empty === null ? (
        <>
          <p class="muted channel-legend">{legend}</p>
          {children}
        </>
      ) : (
        <p class="muted">{empty}</p>
      )}
    </section>
  );
}
