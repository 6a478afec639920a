import { useState } from 'preact/hooks';
import type { RoutingDryRunResult, RoutingRules } from '../../../../shared/schemas/routingRules.ts';
import type { Team } from '../../../../shared/schemas/teams.ts';
import { ApiError } from '../../api/ApiError.ts';
import { dryRunRouting, saveRoutingRules } from '../../api/casesApi.ts';
import { formatCount } from '../../format.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import type { EditorProblem } from '../editor/useEditorSave.ts';
import { Field } from '../form/Field.tsx';
import { ConditionRow } from './ConditionRow.tsx';
import { draftToRules, emptyCondition, emptyRule, moveRule, readableRoutingIssue, ruleToDraft, type RuleDraft } from './routingDraft.ts';

interface Props {
  siteKey: string;
  initial: RoutingRules;
  teams: readonly Team[];
  onSaved: (saved: RoutingRules) => void;
  onClose: () => void;
}

/** Routing rules, first match wins: conditions → team, in order, with a dry run against last week's cases. */
export function RulesEditor({ siteKey, initial, teams, onSaved, onClose }: Props) {
  const [rules, setRules] = useState(() => initial.rules.map(ruleToDraft));
  const [fallback, setFallback] = useState(initial.fallbackTeam);
  const [dryRun, setDryRun] = useState<{ result?: RoutingDryRunResult; error?: string; busy: boolean }>({ busy: false });
  const { busy, problem, run } = useSubmit<EditorProblem>(
    (error) =>
      error instanceof ApiError
        ? { message: error.message, issues: error.issues.map(readableRoutingIssue) }
        : { message: 'Something went wrong in the dashboard. Try again.', issues: [] },
    true,
  );
  const update = (id: string, patch: Partial<RuleDraft>) => {
    setRules(rules.map((r) => (r.id === id ? { ...r, ...patch } : r)));
    setDryRun({ busy: false });
  };
  const test = async () => {
    setDryRun({ busy: true });
    try {
      setDryRun({ busy: false, result: await dryRunRouting(siteKey, draftToRules(rules, fallback)) });
    } catch (error) {
      setDryRun({ busy: false, error: error instanceof ApiError ? [error.message, ...error.issues.map(readableRoutingIssue)].join(' ') : 'The dry run failed.' });
    }
  };
  const teamOptions = teams.map((t) => (
    <option key={t.key} value={t.key}>
      {t.name}
    </option>
  ));
  const caught = dryRun.result;
  return (
    <EditorShell
      noun="routing"
      name="Routing rules"
      existing={false}
      busy={busy}
      problem={problem}
      saveLabel="Save rules"
      deleteQuestion=""
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => onSaved(await saveRoutingRules(siteKey, draftToRules(rules, fallback))));
      }}
      onDelete={() => {}}
      onCancel={onClose}
    >
      <p class="muted">The first rule whose conditions all hold decides the team; a case no rule catches goes to the fallback team.</p>
      <ol class="rule-drafts">
        {rules.map((rule, i) => (
          <li key={rule.id} class="rule-draft">
            <div class="rule-draft-head">
              <strong>Rule {i + 1}</strong>
              {caught && (
                <span class="rule-caught" role="status">
                  would have caught {formatCount(caught.perRule[i] ?? 0)} {caught.perRule[i] === 1 ? 'case' : 'cases'} last week
                </span>
              )}
              <span class="rule-tools">
                <button type="button" class="button button-quiet icon-button" aria-label={`Move rule ${i + 1} up`} disabled={i === 0} onClick={() => setRules(moveRule(rules, rule.id, -1))}>
                  ↑
                </button>
                <button
                  type="button"
                  class="button button-quiet icon-button"
                  aria-label={`Move rule ${i + 1} down`}
                  disabled={i === rules.length - 1}
                  onClick={() => setRules(moveRule(rules, rule.id, 1))}
                >
                  ↓
                </button>
                <button type="button" class="button button-quiet icon-button" aria-label={`Remove rule ${i + 1}`} onClick={() => setRules(rules.filter((r) => r.id !== rule.id))}>
                  ✕
                </button>
              </span>
            </div>
            {rule.conditions.map((condition, j) => (
              <ConditionRow
                key={j}
                id={`${rule.id}-c${j}`}
                context={`Rule ${i + 1}, condition ${j + 1}`}
                condition={condition}
                onChange={(next) => update(rule.id, { conditions: rule.conditions.map((c, k) => (k === j ? next : c)) })}
                onRemove={() => update(rule.id, { conditions: rule.conditions.filter((_, k) => k !== j) })}
              />
            ))}
            <button type="button" class="button button-quiet add-row" onClick={() => update(rule.id, { conditions: [...rule.conditions, emptyCondition('touchpoint')] })}>
              + Condition
            </button>
            <Field id={`${rule.id}-team`} label="Then send to" class="rule-team">
              <select id={`${rule.id}-team`} class="input" value={rule.team} onChange={(e) => update(rule.id, { team: e.currentTarget.value })}>
                {teamOptions}
              </select>
            </Field>
          </li>
        ))}
      </ol>
      <button type="button" class="button button-quiet add-row" onClick={() => setRules([...rules, emptyRule(fallback)])}>
        + Add a rule
      </button>
      <Field id="routing-fallback" label="Anything else goes to">
        <select id="routing-fallback" class="input" value={fallback} onChange={(e) => setFallback(e.currentTarget.value)}>
          {teamOptions}
        </select>
      </Field>
      <div class="dry-run">
        <button type="button" class="button" disabled={dryRun.busy} aria-busy={dryRun.busy} onClick={test}>
          Try on last week’s cases
        </button>
        <p role="status" class="dry-run-result">
          {caught &&
            `Of ${formatCount(caught.cases)} cases opened last week, these rules catch ${formatCount(caught.cases - caught.fallback)}; ${formatCount(caught.fallback)} would fall to the fallback team.`}
          {dryRun.error}
        </p>
      </div>
    </EditorShell>
  );
}
