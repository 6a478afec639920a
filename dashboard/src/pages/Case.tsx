import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import { ApiError } from '../api/ApiError.ts';
import { getAssignees, getCase, getTeams } from '../api/casesApi.ts';
import { CaseControls } from '../components/cases/CaseControls.tsx';
import { CaseFeedbackList } from '../components/cases/CaseFeedbackList.tsx';
import { CaseFlags } from '../components/cases/CaseFlags.tsx';
import { caseHeadline } from '../components/cases/caseLabels.ts';
import { CaseNotes } from '../components/cases/CaseNotes.tsx';
import { CaseTrail } from '../components/cases/CaseTrail.tsx';
import { problemLink } from '../components/cases/problemLink.ts';
import { ReplyBox } from '../components/cases/ReplyBox.tsx';
import { ResolveProblem } from '../components/cases/ResolveProblem.tsx';
import { CaseStatusBadge } from '../components/cases/StatusBadge.tsx';
import { VisitStory } from '../components/cases/VisitStory.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { formatDateTime } from '../format.ts';
import { can, useMe } from '../hooks/useMe.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { formatInboxQuery, parseInboxQuery, type InboxQuery } from '../state/inboxQuery.ts';
import '../components/cases/cases.css';
import '../styles/page.css';

/** `/case?site&id`: one case, the visit behind it, the team's notes, the reply, every change. */
export function CasePage() {
  // The inbox's range and filters ride along, so "Back to the inbox" returns to the same list.
  const query = parseInboxQuery(location.search, new Date());
  const id = Number(new URLSearchParams(location.search).get('id'));
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => location.assign(`/inbox?site=${encodeURIComponent(key)}`)}>
      {(site) => <SiteCase site={site} id={id} query={{ ...query, site: site.key }} />}
    </SitePage>
  );
}

function SiteCase({ site, id, query }: { site: Site; id: number; query: InboxQuery }) {
  const me = useMe();
  const canWrite = can(me, 'member');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const valid = Number.isInteger(id) && id > 0;
  const item = useRequest((signal) => (valid ? getCase(site.key, id, signal) : Promise.reject(notFound())), [site.key, id, version]);
  const teams = useRequest((signal) => getTeams(site.key, signal), [site.key]);
  const staff = useRequest((signal) => getAssignees(site.key, signal), [site.key]);
  const data = item.data;
  const headline = data ? caseHeadline(data.feedback) : 'Case';
  usePageTitle(`Case ${valid ? id : ''}`.trim(), site.name);
  const problem = data?.problem ? problemLink(data.problem, query) : null;
  return (
    <>
      <p class="case-back">
        <a href={`/inbox${formatInboxQuery(query)}`}>← Inbox</a>
      </p>
      {item.error && <ErrorNotice title="Could not load the case" error={item.error} onRetry={item.retry} />}
      {teams.error && <ErrorNotice title="Could not load the teams" error={teams.error} onRetry={teams.retry} />}
      {!data ? (
        !item.error && <LoadingState label="Loading the case…" />
      ) : (
        <>
          <div class="page-head">
            <div class="page-title">
              <h1 class="case-title">
                <span class="shopper-text">{headline}</span>
              </h1>
              <p class="muted case-subtitle">
                Case {data.id} · <CaseStatusBadge status={data.status} /> <CaseFlags item={data} /> · opened{' '}
                <time dateTime={data.createdAt}>{formatDateTime(data.createdAt)}</time> · due{' '}
                <time dateTime={data.dueAt}>{formatDateTime(data.dueAt)}</time>
                {data.recoveredAt && <> · customer came back {formatDateTime(data.recoveredAt)}</>}
              </p>
              {problem && (
                <p class="case-problem">
                  Part of the problem <a href={problem.href}>{problem.label}</a>
                </p>
              )}
              {problem && data.problem && canWrite && (
                <ResolveProblem key={data.problem} siteKey={site.key} problem={data.problem} label={problem.label} lang={data.replyLang} onResolved={reload} />
              )}
            </div>
          </div>
          <CaseControls siteKey={site.key} item={data} teams={teams.data?.teams ?? []} people={staff.data ?? []} me={me?.userId ?? null} canWrite={canWrite} onChanged={reload} />
          <div class="panel-grid case-grid">
            <div class="case-column">
              <section class="panel card" aria-labelledby="feedback-title">
                <div class="panel-head">
                  <h2 id="feedback-title">What the shopper said</h2>
                </div>
                <CaseFeedbackList feedback={data.feedback} />
              </section>
              <ReplyBox key={data.id} siteKey={site.key} item={data} canWrite={canWrite} onSent={reload} />
              <CaseNotes siteKey={site.key} caseId={data.id} notes={data.notes} canWrite={canWrite} onAdded={reload} />
            </div>
            <div class="case-column">
              <VisitStory visit={data.visit} />
              <section class="panel card" aria-labelledby="trail-title">
                <div class="panel-head">
                  <h2 id="trail-title">Audit trail</h2>
                </div>
                <CaseTrail events={data.events} />
              </section>
            </div>
          </div>
        </>
      )}
    </>
  );
}

function notFound() {
  return new ApiError(404, 'not_found', 'This address names no case. Open one from the inbox.');
}
