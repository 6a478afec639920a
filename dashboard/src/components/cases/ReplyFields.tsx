import type { ReplyLang } from '../../../../shared/schemas/cases.ts';
import { Field } from '../form/Field.tsx';
import { REPLY_LANG_NAMES } from './replyTemplates.ts';

const LANGS = Object.keys(REPLY_LANG_NAMES) as ReplyLang[];

// The fields of a message to customers, shared by the reply to one case and the
// message to all of a problem's customers, so both offer the same languages and limits.

export function ReplyLangField({
  id,
  value,
  label = 'Language',
  help,
  onChange,
}: {
  id: string;
  value: ReplyLang;
  label?: string;
  help?: string;
  onChange: (lang: ReplyLang) => void;
}) {
  return (
    <Field id={id} label={label} help={help}>
      <select id={id} class="input" value={value} onChange={(e) => onChange(e.currentTarget.value as ReplyLang)}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {REPLY_LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface TextProps {
  id: string;
  label: string;
  help: string;
  rows: number;
  lang: ReplyLang;
  value: string;
  onInput: (text: string) => void;
}

export function ReplyTextField({ id, label, help, rows, lang, value, onInput }: TextProps) {
  return (
    <Field id={id} label={label} help={help}>
      <textarea
        id={id}
        class="input"
        rows={rows}
        maxLength={10000}
        lang={lang}
        value={value}
        aria-describedby={`${id}-help`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

/** Why the send failed, or what it did: each announced as it appears. */
export function SendOutcome({ problem, done }: { problem: string | null; done: string | null }) {
  return (
    <>
      <p class="form-problem" role="alert">
        {problem}
      </p>
      <p class="form-done" role="status">
        {done}
      </p>
    </>
  );
}
