import { useState } from 'preact/hooks';
import type { SentMail } from '../../../shared/schemas/sentMail.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import { listSentMail } from '../api/casesApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { formatDateTime } from '../format.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { formatOverviewQuery, parseOverviewQuery } from '../state/urlState.ts';
import '../components/routing/routing.css';
import '../styles/page.css';

const PAGE_SIZE = 50;

/** `/sent-mail`: every message the site sent or tried to, newest first; undelivered `.eml` files said so plainly. */
export function SentMailPage() {
  const query = parseOverviewQuery(location.search, new Date());
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => location.assign(`/sent-mail${formatOverviewQuery({ ...query, site: key })}`)}>
      {(site) => <SiteSentMail key={site.key} site={site} />}
    </SitePage>
  );
}

function SiteSentMail({ site }: { site: Site }) {
  usePageTitle('Sent mail', site.name);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const result = useRequest((signal) => listSentMail(site.key, limit, signal), [site.key, limit]);
  const mail = result.data?.mail ?? [];
  const written = mail.filter((m) => m.status === 'written').length;
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Sent mail</h1>
          <p class="muted">
            {site.name} · replies to customers and notifications, newest first. <a href={`/inbox?site=${encodeURIComponent(site.key)}`}>Inbox</a>
          </p>
        </div>
      </div>
      {written > 0 && (
        <p class="reply-disabled" role="note">
          No SMTP server is set up (<code>TOUCHPOINT_SMTP_URL</code>), so {written === 1 ? 'one message was' : `${written} messages were`} written as
          .eml files in the data directory instead of being sent. Nobody received {written === 1 ? 'it' : 'them'}.
        </p>
      )}
      {result.error && <ErrorNotice title="Could not load the mail log" error={result.error} onRetry={result.retry} />}
      {!result.data ? (
        !result.error && <LoadingState label="Loading the mail log…" />
      ) : mail.length === 0 ? (
        <section class="panel card">
          <p class="empty-note">Nothing sent yet. Replies written on a case appear here.</p>
        </section>
      ) : (
        <section class="panel card" aria-label="Messages">
          <ol class="sent-mail-list">
            {mail.map((m) => (
              <MailItem key={m.id} mail={m} siteKey={site.key} />
            ))}
          </ol>
          {result.data.more && (
            <button type="button" class="button show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show more
            </button>
          )}
        </section>
      )}
    </>
  );
}

function MailItem({ mail, siteKey }: { mail: SentMail; siteKey: string }) {
  const state = mailState(mail);
  return (
    <li class="sent-mail-item">
      <p class="sent-mail-head">
        <span class={`mail-state ${state.tone}`}>{state.label}</span>
        <strong>{mail.subject}</strong>
        <span class="muted">to {mail.to}</span>
        <time class="muted" dateTime={mail.createdAt}>
          {formatDateTime(mail.createdAt)}
        </time>
        {mail.caseId !== null && <a href={`/case?site=${encodeURIComponent(siteKey)}&id=${mail.caseId}`}>Case {mail.caseId}</a>}
      </p>
      {mail.file && <p class="muted">Written to {mail.file}</p>}
      {mail.error && <p class="form-problem">{mail.error}</p>}
      <p class="sent-mail-body">{mail.text}</p>
    </li>
  );
}

function mailState(mail: SentMail): { label: string; tone: string } {
  if (mail.delivered) return { label: 'Delivered', tone: 'is-delivered' };
  if (mail.status === 'written') return { label: 'Not delivered: .eml file', tone: 'is-undelivered' };
  if (mail.status === 'failed') return { label: `Not delivered: failed after ${mail.attempts} tries`, tone: 'is-undelivered' };
  return { label: 'Sending…', tone: 'is-pending' };
}
