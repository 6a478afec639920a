import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import { ApiError } from '../api/ApiError.ts';
import { changeCases, getAssignees, getTeams, listCases, type Assignee } from '../api/casesApi.ts';
import type { CaseBulk, CaseSummary } from '../../../shared/schemas/cases.ts';
import { BulkActions } from '../components/cases/BulkActions.tsx';
import { CaseRows } from '../components/cases/CaseRows.tsx';
import { isOpen } from '../components/cases/caseLabels.ts';
import { InboxControls } from '../components/cases/InboxControls.tsx';
import { KeyboardHelp } from '../components/cases/KeyboardHelp.tsx';
import { StatusTabs } from '../components/cases/StatusTabs.tsx';
import { useInboxKeys } from '../components/cases/useInboxKeys.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { useAddressSync } from '../components/page/useAddressSync.ts';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { can, useMe } from '../hooks/useMe.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { useUrlQuery, type HistoryMode } from '../hooks/useUrlQuery.ts';
import { toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import { formatInboxQuery, hasCaseFilters, parseInboxQuery, type InboxQuery } from '../state/inboxQuery.ts';
import { insightLink, type InsightQuery } from '../state/insightQuery.ts';
import { inSiteZone } from '../state/urlState.ts';
import '../components/cases/cases.css';
import '../styles/page.css';

const PAGE_SIZE = 50;

/** `/inbox`: the cases feedback opened, who owns them, what is overdue; members act on them from here. */
export function InboxPage() {
  const [query, setQuery] = useUrlQuery(parseInboxQuery, formatInboxQuery);
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => setQuery({ ...query, site: key })}>
      {(site) => <SiteInbox key={site.key} site={site} query={inSiteZone(query, site.timeZone, new Date())} setQuery={setQuery} />}
    </SitePage>
  );
}

interface Props {
  site: Site;
  query: InboxQuery;
  setQuery: (next: InboxQuery, mode?: HistoryMode) => void;
}

function SiteInbox({ site, query, setQuery }: Props) {
  const effective = { ...query, site: site.key };
  const address = formatInboxQuery(effective);
  useAddressSync(address, () => setQuery(effective, 'replace'));
  usePageTitle('Inbox', site.name);
  const me = useMe();
  const canAct = can(me, 'member');
  const myId = me?.userId ?? null;

  const [limit, setLimit] = useState(PAGE_SIZE);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; problem: boolean } | null>(null);
  const rows = useRef<HTMLDivElement>(null);

  const teams = useRequest((signal) => getTeams(site.key, signal), [site.key]);
  const staff = useRequest((signal) => getAssignees(site.key, signal), [site.key]);
  const result = useRequest(
    (signal) => listCases(site.key, toApiRange(query.range), query.filters, { ...query.cases, limit }, signal),
    [address, limit, version],
  );
  useEffect(() => {
    setSelected(new Set());
    setCursor(0);
    setLimit(PAGE_SIZE);
  }, [address]);

  const cases = result.data?.cases ?? [];
  const teamList = teams.data?.teams ?? [];
  const teamName = (key: string) => teamList.find((t) => t.key === key)?.name ?? key;
  const people = useMemo(() => knownPeople(staff.data ?? [], cases), [staff.data, cases]);
  const caseLink = (id: number) => `/case${formatInboxQuery({ ...effective, filters: {}, cases: {} })}&id=${encodeURIComponent(id)}`;
  const go = (next: Partial<InboxQuery['cases']>) => setQuery({ ...effective, cases: { ...query.cases, ...next } });

  // The selected cases, or the one under the cursor when none is: what a, r and the bulk bar act on.
  const targets = () => {
    if (selected.size > 0) return cases.filter((c) => selected.has(c.id));
    const current = cases[cursor];
    return current ? [current] : [];
  };
  const act = async (change: Omit<CaseBulk, 'ids'>, done: string) => {
    const chosen = targets().filter((c) => isOpen(c.status) || change.status === undefined);
    if (chosen.length === 0) return setNotice({ text: 'Choose an open case first (x selects, j/k move).', problem: true });
    setBusy(true);
    setNotice(null);
    const many = chosen.length === 1 ? 'The case was' : `The ${chosen.length} cases were`;
    try {
      await changeCases(site.key, { ids: chosen.map((c) => c.id), ...change });
      setNotice({ text: `${many} ${done}.`, problem: false });
      setSelected(new Set());
    } catch (error) {
      const why = error instanceof ApiError ? error.message : 'Something went wrong in the dashboard. Try again.';
      setNotice({ text: `${many} not changed: ${why}`, problem: true });
    }
    setBusy(false);
    setVersion((v) => v + 1);
  };
  const assignToMe = () =>
    myId
      ? act({ assignee: myId }, 'assigned to you')
      : setNotice({ text: 'Signed in with the admin token there is no one to assign to: sign in with your own account.', problem: true });
  const resolve = () => act({ status: 'resolved' }, 'resolved');

  const focusRow = (index: number) => {
    const links = rows.current?.querySelectorAll<HTMLAnchorElement>('.case-row-link');
    links?.[index]?.focus();
  };
  useInboxKeys(
    {
      move: (by) => {
        const next = Math.max(0, Math.min(cases.length - 1, cursor + by));
        setCursor(next);
        focusRow(next);
      },
      toggleSelected: () => {
        const current = cases[cursor];
        if (current) toggle(current.id);
      },
      assign: assignToMe,
      resolve,
      toggleHelp: () => setHelp((open) => !open),
      closeHelp: () => setHelp(false),
    },
    canAct && !busy,
  );
  const toggle = (id: number) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const view = {
    site,
    query,
    effective,
    address,
    setQuery: (next: InsightQuery, mode?: HistoryMode) => setQuery({ ...next, cases: query.cases }, mode),
  };
  const stale = result.loading && result.data !== undefined;
  const filtered = hasViewFilters(query.filters) || hasCaseFilters(query.cases) || query.cases.status !== undefined;
  return (
    <>
      <InsightHead title="Inbox" view={view}>
        <p class="muted inbox-links">
          <a href={insightLink('/loop', effective)}>Loop</a> · <a href={`/sent-mail?site=${encodeURIComponent(site.key)}`}>Sent mail</a> ·{' '}
          <a href={`/routing?site=${encodeURIComponent(site.key)}`}>Teams &amp; routing</a> ·{' '}
          <button type="button" class="link-button" onClick={() => setHelp(true)}>
            Keyboard (?)
          </button>
        </p>
      </InsightHead>
      <StatusTabs
        status={query.cases.status}
        counts={result.data?.counts}
        linkTo={(status) => formatInboxQuery({ ...effective, cases: { ...query.cases, status } })}
        onChoose={(status) => go({ status })}
      />
      <InboxControls filters={query.cases} teams={teamList} people={people} me={myId} onChange={(next) => setQuery({ ...effective, cases: next })} />
      {teams.error && <ErrorNotice title="Could not load the teams" error={teams.error} onRetry={teams.retry} />}
      {result.error && <ErrorNotice title="Could not load the cases" error={result.error} onRetry={result.retry} />}
      {canAct && selected.size > 0 && (
        <BulkActions
          count={selected.size}
          teams={teamList}
          me={myId !== null}
          busy={busy}
          onAssignToMe={assignToMe}
          people={people}
          onAssign={(id) => act({ assignee: id }, `assigned to ${people.find((p) => p.id === id)?.email ?? 'them'}`)}
          onMoveToTeam={(team) => act({ team }, `moved to ${teamName(team)}`)}
          onResolve={resolve}
          onClear={() => setSelected(new Set())}
        />
      )}
      <p class={notice?.problem ? 'inbox-notice is-problem' : 'inbox-notice'} role={notice?.problem ? 'alert' : 'status'}>
        {notice?.text}
      </p>
      {result.data && !result.error ? (
        <div ref={rows} class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          {cases.length === 0 ? (
            <section class="panel card">
              <p class="empty-note">
                {filtered
                  ? 'No cases match these filters in this period.'
                  : 'No cases in this period. Ratings of 1–2, “What stopped you?” answers, unhappy survey answers and comments with a contact become cases.'}
              </p>
              {filtered && (
                <button type="button" class="button" onClick={() => setQuery({ ...effective, filters: {}, cases: {} })}>
                  Clear filters
                </button>
              )}
            </section>
          ) : (
            <section class="panel card case-list">
              <CaseRows
                cases={cases}
                teamName={teamName}
                caseLink={caseLink}
                now={new Date()}
                selectable={canAct}
                selected={selected}
                onToggle={toggle}
                cursor={cursor}
                onCursor={setCursor}
              />
              {result.data.more && (
                <button type="button" class="button show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                  Show more
                </button>
              )}
            </section>
          )}
        </div>
      ) : (
        !result.error && <LoadingState label="Loading the cases…" />
      )}
      {help && <KeyboardHelp canAct={canAct} onClose={() => setHelp(false)} />}
    </>
  );
}

/** Whom the assignee filter offers: the site's members and admins, and anyone the loaded cases are still assigned to. */
function knownPeople(staff: readonly Assignee[], cases: readonly CaseSummary[]): Assignee[] {
  const people = new Map(staff.map((p) => [p.id, p.email]));
  for (const c of cases) if (c.assignee !== null && c.assigneeEmail && !people.has(c.assignee)) people.set(c.assignee, c.assigneeEmail);
  return [...people].map(([id, email]) => ({ id, email })).sort((a, b) => a.email.localeCompare(b.email));
}
