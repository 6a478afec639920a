import { useState } from 'preact/hooks';
import type { RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import type { Teams } from '../../../shared/schemas/teams.ts';
import { getRoutingRules, getTeams } from '../api/casesApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { REPLY_LANG_NAMES } from '../components/cases/replyTemplates.ts';
import { RulesEditor } from '../components/routing/RulesEditor.tsx';
import { ruleText } from '../components/routing/ruleText.ts';
import { TeamsEditor } from '../components/routing/TeamsEditor.tsx';
import { can, useMe } from '../hooks/useMe.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { formatOverviewQuery, parseOverviewQuery } from '../state/urlState.ts';
import '../components/routing/routing.css';
import '../styles/page.css';

/** `/routing`: the site's teams with their SLA, and the rules that send each case to one; admins edit both. */
export function RoutingPage() {
  const query = parseOverviewQuery(location.search, new Date());
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => location.assign(`/routing${formatOverviewQuery({ ...query, site: key })}`)}>
      {(site) => <SiteRouting key={site.key} site={site} />}
    </SitePage>
  );
}

function SiteRouting({ site }: { site: Site }) {
  usePageTitle('Teams & routing', site.name);
  const isAdmin = can(useMe(), 'admin');
  const loadedTeams = useRequest((signal) => getTeams(site.key, signal), [site.key]);
  const loadedRules = useRequest((signal) => getRoutingRules(site.key, signal), [site.key]);
  const [teams, setTeams] = useState<Teams>();
  const [rules, setRules] = useState<RoutingRules>();
  const [editing, setEditing] = useState<'teams' | 'rules' | null>(null);
  const [status, setStatus] = useState('');
  const shownTeams = teams ?? loadedTeams.data;
  const shownRules = rules ?? loadedRules.data;
  const teamName = (key: string) => shownTeams?.teams.find((t) => t.key === key)?.name ?? key;
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Teams &amp; routing</h1>
          <p class="muted">
            {site.name} · who owns which complaints, how fast they answer, and the rules that send each case to them.{' '}
            <a href={`/inbox?site=${encodeURIComponent(site.key)}`}>Inbox</a>
          </p>
        </div>
      </div>
      <p role="status" class="form-done">
        {status}
      </p>
      {!isAdmin && <p class="muted">Only admins change teams and rules; ask one of them.</p>}
      {loadedTeams.error && <ErrorNotice title="Could not load the teams" error={loadedTeams.error} onRetry={loadedTeams.retry} />}
      {loadedRules.error && <ErrorNotice title="Could not load the routing rules" error={loadedRules.error} onRetry={loadedRules.retry} />}
      {!shownTeams || !shownRules ? (
        !loadedTeams.error && !loadedRules.error && <LoadingState label="Loading teams and rules…" />
      ) : editing === 'teams' ? (
        <TeamsEditor
          siteKey={site.key}
          initial={shownTeams}
          onSaved={(saved) => {
            setTeams(saved);
            setEditing(null);
            setStatus('Teams saved.');
          }}
          onClose={() => setEditing(null)}
        />
      ) : editing === 'rules' ? (
        <RulesEditor
          siteKey={site.key}
          initial={shownRules}
          teams={shownTeams.teams}
          onSaved={(saved) => {
            setRules(saved);
            setEditing(null);
            setStatus('Routing rules saved: new cases follow them from now on.');
          }}
          onClose={() => setEditing(null)}
        />
      ) : (
        <div class="panel-grid">
          <section class="panel card" aria-labelledby="teams-title">
            <div class="panel-head">
              <h2 id="teams-title">Teams</h2>
              {isAdmin && (
                <button type="button" class="button needs-admin" onClick={() => (setStatus(''), setEditing('teams'))}>
                  Edit teams
                </button>
              )}
            </div>
            <ul class="team-list" aria-label="Teams">
              {shownTeams.teams.map((t) => (
                <li key={t.key}>
                  <strong>{t.name}</strong>
                  <span class="muted">{t.email ? `${t.email} · ${REPLY_LANG_NAMES[t.lang]}` : 'no e-mail'}</span>
                  <span class="muted">
                    first response {t.firstResponseHours} h · resolved {t.resolutionHours} h
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section class="panel card" aria-labelledby="rules-title">
            <div class="panel-head">
              <h2 id="rules-title">Routing rules</h2>
              {isAdmin && (
                <button type="button" class="button needs-admin" onClick={() => (setStatus(''), setEditing('rules'))}>
                  Edit rules
                </button>
              )}
            </div>
            <ol class="rule-list" aria-label="Routing rules, first match wins">
              {shownRules.rules.map((r, i) => (
                <li key={i}>
                  <span>{ruleText(r)}</span> → <strong>{teamName(r.team)}</strong>
                </li>
              ))}
              <li class="muted">
                Anything else → <strong>{teamName(shownRules.fallbackTeam)}</strong>
              </li>
            </ol>
          </section>
        </div>
      )}
    </>
  );
}
