import { useState } from 'preact/hooks';
import type { Campaign, CampaignMessage } from '../../../../shared/schemas/campaigns.ts';
import { ApiError } from '../../api/ApiError.ts';
import { createCampaign, listSurveyChoices } from '../../api/campaignsApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import type { EditorProblem } from '../editor/useEditorSave.ts';
import { NameKeyFields, type NameKey } from '../editor/NameKeyFields.tsx';
import { Field } from '../form/Field.tsx';

/** The languages the invitation's fixed words come in; a recipient in another gets the default's message. */
const LANGUAGES = [
  { tag: 'en', label: 'English' },
  { tag: 'zh-CN', label: '简体中文 (zh-CN)' },
  { tag: 'zh-TW', label: '繁體中文 (zh-TW)' },
];

const EMPTY_MESSAGE: CampaignMessage = { subject: '', intro: '' };

/** A new draft campaign: its survey, the message per language, the pace and the reminder. */
export function NewCampaignForm({ siteKey, onCreated, onCancel }: { siteKey: string; onCreated: (campaign: Campaign) => void; onCancel: () => void }) {
  const surveys = useRequest((signal) => listSurveyChoices(siteKey, signal), [siteKey]);
  const [nameKey, setNameKey] = useState<NameKey>({ name: '', key: '', keyEdited: false });
  const [survey, setSurvey] = useState('');
  const [messages, setMessages] = useState<Record<string, CampaignMessage>>({ en: { ...EMPTY_MESSAGE } });
  const [defaultLang, setDefaultLang] = useState('en');
  const [throttle, setThrottle] = useState('60');
  const [reminder, setReminder] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EditorProblem | null>(null);
  const surveyKey = survey || surveys.data?.surveys[0]?.key || '';

  const setMessage = (tag: string, patch: Partial<CampaignMessage>) => setMessages({ ...messages, [tag]: { ...(messages[tag] ?? EMPTY_MESSAGE), ...patch } });
  const toggleLang = (tag: string, on: boolean) => {
    const next = { ...messages };
    if (on) next[tag] = { ...EMPTY_MESSAGE };
    else delete next[tag];
    setMessages(next);
    if (!on && defaultLang === tag) setDefaultLang(Object.keys(next)[0] ?? 'en');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!surveyKey) {
      setProblem({ message: surveys.data ? 'The site has no survey yet: make one on the Surveys page first.' : 'The surveys have not loaded yet. Try again in a moment.', issues: [] });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const created = await createCampaign(siteKey, {
        slug: nameKey.key,
        name: nameKey.name,
        survey: surveyKey,
        messages,
        defaultLang,
        throttlePerMinute: Number(throttle),
        reminderAfterDays: reminder ? Number(reminder) : null,
      });
      onCreated(created);
    } catch (error) {
      setProblem(error instanceof ApiError ? { message: error.message, issues: error.issues } : { message: 'Could not create the campaign. Try again.', issues: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditorShell
      noun="campaign"
      name={nameKey.name}
      existing={false}
      busy={busy}
      problem={problem}
      saveLabel="Create campaign"
      deleteQuestion=""
      onSubmit={submit}
      onDelete={() => undefined}
      onCancel={onCancel}
    >
      <div class="campaign-form-row">
        <NameKeyFields idPrefix="campaign" value={nameKey} existing={false} keyHelp="Names the campaign in answers and links." onChange={(p) => setNameKey({ ...nameKey, ...p })} />
      </div>
      <div class="campaign-form-row">
        <Field id="campaign-survey" label="Survey" help="Its first question's scale becomes the buttons in the mail.">
          {/* `selected` per option, not the select's value: the options arrive after the first render. */}
          <select id="campaign-survey" class="input" aria-describedby="campaign-survey-help" disabled={!surveys.data} onChange={(e) => setSurvey(e.currentTarget.value)}>
            {!surveys.data && <option value="">{surveys.error ? 'Could not load the surveys' : 'Loading surveys…'}</option>}
            {(surveys.data?.surveys ?? []).map((s) => (
              <option key={s.key} value={s.key} selected={s.key === surveyKey}>
                {s.name} ({s.status})
              </option>
            ))}
          </select>
        </Field>
        <Field id="campaign-throttle" label="Invitations per minute" help="Sent at this pace, so the mail server is not flooded.">
          <input id="campaign-throttle" class="input" type="number" min={1} max={1000} value={throttle} aria-describedby="campaign-throttle-help" onInput={(e) => setThrottle(e.currentTarget.value)} />
        </Field>
        <Field id="campaign-reminder" label="Reminder after (days)" help="One reminder to those who did not answer. Empty: none.">
          <input id="campaign-reminder" class="input" type="number" min={1} max={60} value={reminder} aria-describedby="campaign-reminder-help" onInput={(e) => setReminder(e.currentTarget.value)} />
        </Field>
      </div>
      <fieldset class="campaign-langs">
        <legend class="field-label">Languages</legend>
        {LANGUAGES.map(({ tag, label }) => (
          <label key={tag} class="campaign-lang-choice">
            <input type="checkbox" checked={tag in messages} onChange={(e) => toggleLang(tag, e.currentTarget.checked)} /> {label}
          </label>
        ))}
      </fieldset>
      {Object.keys(messages).map((tag) => (
        <fieldset key={tag} class="campaign-message">
          <legend>{LANGUAGES.find((l) => l.tag === tag)?.label ?? tag}</legend>
          <label class="campaign-lang-choice">
            <input type="radio" name="campaign-default" checked={defaultLang === tag} onChange={() => setDefaultLang(tag)} /> Default for other languages
          </label>
          <Field id={`campaign-subject-${tag}`} label="Subject">
            <input id={`campaign-subject-${tag}`} class="input" type="text" maxLength={200} value={messages[tag]!.subject} onInput={(e) => setMessage(tag, { subject: e.currentTarget.value })} />
          </Field>
          <Field id={`campaign-intro-${tag}`} label="Introduction" help="{{name}} and any column of the list, such as {{order_id}}, are filled in per recipient.">
            <textarea id={`campaign-intro-${tag}`} class="input" rows={3} maxLength={2000} value={messages[tag]!.intro} aria-describedby={`campaign-intro-${tag}-help`} onInput={(e) => setMessage(tag, { intro: e.currentTarget.value })} />
          </Field>
        </fieldset>
      ))}
    </EditorShell>
  );
}
