import { useState } from 'preact/hooks';
import type { CaseDetail, ReplyLang } from '../../../../shared/schemas/cases.ts';
import { ApiError } from '../../api/ApiError.ts';
import { replyToCase } from '../../api/casesApi.ts';
import { formatDateTime } from '../../format.ts';
import { ReplyLangField, ReplyTextField, SendOutcome } from './ReplyFields.tsx';
import { REPLY_TEMPLATES } from './replyTemplates.ts';

interface Props {
  siteKey: string;
  item: CaseDetail;
  canWrite: boolean;
  onSent: () => void;
}

/** Telling the customer: only where they gave an e-mail with consent; in their language unless the member picks another. */
export function ReplyBox({ siteKey, item, canWrite, onSent }: Props) {
  const [lang, setLang] = useState<ReplyLang>(item.replyLang);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setProblem('Write the reply first, or start from a template.');
    setBusy(true);
    setProblem(null);
    try {
      await replyToCase(siteKey, item.id, text, lang);
      setText('');
      setSent(true);
      onSent();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Something went wrong in the dashboard. Try again.');
    }
    setBusy(false);
  };
  return (
    <section class="panel card" aria-labelledby="reply-title">
      <div class="panel-head">
        <h2 id="reply-title">Reply to the customer</h2>
        {item.customerTold && <p class="muted panel-note">Customer told {item.customerToldAt && formatDateTime(item.customerToldAt)}</p>}
      </div>
      {item.mail.length > 0 && (
        <ol class="case-mail" aria-label="Replies sent">
          {item.mail.map((m) => (
            <li key={m.id}>
              <p class="muted case-note-meta">
                {formatDateTime(m.createdAt)} · {m.lang ?? 'en'} · {mailState(m.status)}
              </p>
              <p class="case-note-text">{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      {!item.canReply ? (
        <p class="reply-disabled" role="note">
          No reply can be sent: the shopper did not leave an e-mail with consent to be contacted, or has opted out. Add a note for your
          team instead.
        </p>
      ) : !canWrite ? (
        <p class="muted">Members and admins reply to customers; you can read the replies.</p>
      ) : (
        <form class="reply-form" onSubmit={submit} noValidate>
          <div class="reply-options">
            <ReplyLangField id="reply-lang" value={lang} help={lang === item.replyLang ? 'The shopper’s language' : undefined} onChange={setLang} />
            <div class="field">
              <span class="field-label">Start from</span>
              <div class="reply-templates">
                {REPLY_TEMPLATES.map((t) => (
                  <button key={t.key} type="button" class="button" onClick={() => setText(t.text[lang])}>
                    {t.label}
                  </button>
                ))}
              </div>
            </div>
          </div>
          <ReplyTextField
            id="reply-text"
            label="Message"
            help="Sent by e-mail from the site’s address, with a link back to the shop and a one-click opt-out."
            rows={5}
            lang={lang}
            value={text}
            onInput={setText}
          />
          <SendOutcome problem={problem} done={sent && !busy ? 'Reply sent; the case records the customer as told.' : null} />
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            Send reply
          </button>
        </form>
      )}
    </section>
  );
}

function mailState(status: string): string {
  if (status === 'sent') return 'delivered';
  if (status === 'written') return 'not delivered: written as an .eml file (no SMTP server set up)';
  if (status === 'pending') return 'sending…';
  if (status === 'failed') return 'not delivered: sending failed';
  return status;
}
