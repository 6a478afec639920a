import { useState } from 'preact/hooks';
import type { ProblemResolveResult } from '../../../../shared/schemas/caseAnswers.ts';
import type { ReplyLang } from '../../../../shared/schemas/cases.ts';
import { ApiError } from '../../api/ApiError.ts';
import { resolveProblem } from '../../api/casesApi.ts';
import { ReplyLangField, ReplyTextField, SendOutcome } from './ReplyFields.tsx';
import { REPLY_TEMPLATES } from './replyTemplates.ts';

interface Props {
  siteKey: string;
  /** The problem as the server names it (`kind:key`) and as words. */
  problem: string;
  label: string;
  /** The language the message starts in: this case's shopper's. */
  lang: ReplyLang;
  onResolved: () => void;
}

const FIXED = REPLY_TEMPLATES.find((t) => t.key === 'fixed')!.text;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function outcome({ resolved, told }: ProblemResolveResult): string {
  if (resolved.length === 0) return 'It had no open cases left: nothing to resolve.';
  return `Resolved ${count(resolved.length, 'case', 'cases')}; ${told.length === 0 ? 'no customer' : count(told.length, 'customer', 'customers')} told.`;
}

function friendly(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong in the dashboard. Try again.';
  if (error.status === 403) return 'Only members and admins can resolve a problem.';
  if (error.status === 503) return 'The collector could not save it just now. Try again in a moment.';
  return error.message;
}

/**
 * A fixed problem closes all its open cases at once, not one by one, and tells
 * their customers (those who asked to be answered) in one message.
 */
export function ResolveProblem({ siteKey, problem, label, lang: shopperLang, onResolved }: Props) {
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useState<ReplyLang>(shopperLang);
  const [text, setText] = useState(FIXED[shopperLang]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const changeLang = (next: ReplyLang) => {
    // The untouched starting text follows the language; the member's own words stay.
    if (text === FIXED[lang]) setText(FIXED[next]);
    setLang(next);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const message = text.trim();
      const result = await resolveProblem(siteKey, message ? { problem, text: message, lang } : { problem });
      setDone(outcome(result));
      onResolved();
    } catch (caught) {
      setError(friendly(caught));
    }
    setBusy(false);
  };
  return (
    <div class="resolve-problem">
      <button type="button" class="button" aria-expanded={open} aria-controls="resolve-problem-form" onClick={() => setOpen(!open)}>
        Resolve this problem…
      </button>
      {open && (
        <form id="resolve-problem-form" class="resolve-problem-form card" aria-label="Resolve this problem" onSubmit={submit} noValidate>
          <p class="muted">
            Fixed? Resolve every open case of <span class="shopper-text">{label}</span> at once.
          </p>
          <ReplyLangField id="resolve-lang" value={lang} onChange={changeLang} />
          <ReplyTextField
            id="resolve-text"
            label="Message to their customers"
            help="E-mailed to each customer who left an address with consent. Leave it empty to resolve the cases without telling anyone."
            rows={4}
            lang={lang}
            value={text}
            onInput={setText}
          />
          <SendOutcome problem={error} done={done} />
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            Resolve the open cases
          </button>
        </form>
      )}
    </div>
  );
}
