import { useState } from 'preact/hooks';
import type { Team, Teams } from '../../../../shared/schemas/teams.ts';
import { saveTeams } from '../../api/casesApi.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { slugify } from '../editor/slugify.ts';
import { ApiError } from '../../api/ApiError.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import type { EditorProblem } from '../editor/useEditorSave.ts';
import { Field } from '../form/Field.tsx';
import { ReplyLangField } from '../cases/ReplyFields.tsx';

interface Props {
  siteKey: string;
  initial: Teams;
  onSaved: (saved: Teams) => void;
  onClose: () => void;
}

interface TeamDraft {
  /** Kept as the key of a team that existed: cases and rules name it. */
  existing: boolean;
  key: string;
  name: string;
  email: string;
  lang: Team['lang'];
  firstResponseHours: string;
  resolutionHours: string;
  rest: Pick<Team, 'members' | 'businessHours'>;
}

const toDraft = (t: Team): TeamDraft => ({
  existing: true,
  key: t.key,
  name: t.name,
  email: t.email,
  lang: t.lang,
  firstResponseHours: String(t.firstResponseHours),
  resolutionHours: String(t.resolutionHours),
  rest: { members: t.members, ...(t.businessHours ? { businessHours: t.businessHours } : {}) },
});

// "rules.0.name" → "Team 1, name"
const readableIssue = (issue: string) => issue.replace(/^teams\.(\d+)\.(\w+)/, (_, i: string, f: string) => `Team ${Number(i) + 1}, ${f}`);

/** Who owns which complaints: each team's name, where it is told and in which language, and its SLA hours. */
export function TeamsEditor({ siteKey, initial, onSaved, onClose }: Props) {
  const [drafts, setDrafts] = useState(() => initial.teams.map(toDraft));
  const { busy, problem, run } = useSubmit<EditorProblem>(
    (error) =>
      error instanceof ApiError
        ? { message: error.message, issues: error.issues.map(readableIssue) }
        : { message: 'Something went wrong in the dashboard. Try again.', issues: [] },
    true,
  );
  const update = (index: number, patch: Partial<TeamDraft>) => setDrafts(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const teams = drafts.map((d) => ({
        key: d.existing ? d.key : d.key || slugify(d.name),
        name: d.name,
        email: d.email.trim(),
        lang: d.lang,
        firstResponseHours: Number(d.firstResponseHours),
        resolutionHours: Number(d.resolutionHours),
        ...d.rest,
      }));
      onSaved(await saveTeams(siteKey, { teams }));
    });
  };
  return (
    <EditorShell
      noun="teams"
      name="Teams"
      existing={false}
      busy={busy}
      problem={problem}
      saveLabel="Save teams"
      deleteQuestion=""
      onSubmit={submit}
      onDelete={() => {}}
      onCancel={onClose}
    >
      <ol class="team-drafts">
        {drafts.map((d, i) => (
          <li key={i} class="team-draft">
            <Field id={`team-${i}-name`} label="Name">
              <input id={`team-${i}-name`} class="input" value={d.name} maxLength={80} onInput={(e) => update(i, { name: e.currentTarget.value })} />
            </Field>
            <Field id={`team-${i}-email`} label="E-mail for notifications">
              <input
                id={`team-${i}-email`}
                class="input"
                type="email"
                value={d.email}
                placeholder="team@shop.example"
                onInput={(e) => update(i, { email: e.currentTarget.value })}
              />
            </Field>
            <ReplyLangField id={`team-${i}-lang`} label="Language of its e-mail" value={d.lang} onChange={(lang) => update(i, { lang })} />
            <Field id={`team-${i}-first`} label="First response within (hours)">
              <input
                id={`team-${i}-first`}
                class="input"
                type="number"
                min={1}
                value={d.firstResponseHours}
                onInput={(e) => update(i, { firstResponseHours: e.currentTarget.value })}
              />
            </Field>
            <Field id={`team-${i}-resolution`} label="Resolved within (hours)">
              <input
                id={`team-${i}-resolution`}
                class="input"
                type="number"
                min={1}
                value={d.resolutionHours}
                onInput={(e) => update(i, { resolutionHours: e.currentTarget.value })}
              />
            </Field>
            <button
              type="button"
              class="button button-quiet team-remove"
              aria-label={`Remove team ${d.name || i + 1}`}
              onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button button-quiet add-row"
        onClick={() => setDrafts([...drafts, { existing: false, key: '', name: '', email: '', lang: 'en', firstResponseHours: '24', resolutionHours: '72', rest: { members: [] } }])}
      >
        + Add a team
      </button>
    </EditorShell>
  );
}
