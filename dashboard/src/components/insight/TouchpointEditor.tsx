import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TouchpointMap } from '../../../../shared/schemas/touchpoint.ts';
import { ApiError } from '../../api/ApiError.ts';
import { saveTouchpoints } from '../../api/insightApi.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { Field } from '../form/Field.tsx';
import { PathTester } from './PathTester.tsx';
import {
  describeIssue,
  draftFromMap,
  invalidFieldsOf,
  moveItem,
  nameFromPath,
  newDraft,
  shopTemplate,
  toMapInput,
  type MapDraft,
} from './touchpointDraft.ts';
import { TouchpointRow } from './TouchpointRow.tsx';
import { UnmappedSuggestions } from './UnmappedSuggestions.tsx';
import './TouchpointEditor.css';

/** The stages' names and the touchpoints in order, saved together; unsaved changes are kept until saved or discarded. */
export function TouchpointEditor({ siteKey, initial }: { siteKey: string; initial: TouchpointMap }) {
  const [draft, setDraft] = useState<MapDraft>(() => draftFromMap(initial));
  const [savedMap, setSavedMap] = useState<TouchpointMap>(initial);
  const saved = useMemo(() => JSON.stringify(toMapInput(draftFromMap(savedMap))), [savedMap]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const dirty = JSON.stringify(toMapInput(draft)) !== saved;

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = (next: MapDraft) => {
    setDraft(next);
    setStatus('');
  };
  const setTouchpoints = (touchpoints: MapDraft['touchpoints']) => edit({ ...draft, touchpoints });
  const addTouchpoint = (path?: string) =>
    setTouchpoints([
      ...draft.touchpoints,
      newDraft({ name: path ? nameFromPath(path) : '', stage: 'before', rules: [{ type: 'exact', value: path?.split('?')[0] ?? '/' }] }),
    ]);

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const result = await saveTouchpoints(siteKey, toMapInput(draft));
      setDraft(draftFromMap(result));
      setSavedMap(result);
      setStatus('Saved. The journey map and fix first now use these touchpoints.');
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, 'internal', 'Could not save. Try again.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div class="tp-editor-layout">
      <form class="tp-editor" onSubmit={save} noValidate aria-label="Touchpoints and stages">
        <section class="panel card" aria-labelledby="stages-title">
          <div class="panel-head">
            <h2 id="stages-title">Stages</h2>
            <p class="muted panel-note">Left to right on the journey map; rename them to fit your business</p>
          </div>
          <div class="stage-names">
            {draft.stages.map((stage, i) => (
              <Field id={`stage-${stage.key}`} label={<>Stage {i + 1} ({stage.key} purchase)</>} key={stage.key}>
                <input
                  id={`stage-${stage.key}`}
                  class="input"
                  value={stage.name}
                  maxLength={60}
                  onInput={(e) =>
                    edit({ ...draft, stages: draft.stages.map((s) => (s.key === stage.key ? { ...s, name: e.currentTarget.value } : s)) })
                  }
                />
              </Field>
            ))}
          </div>
        </section>

        <section class="panel card" aria-labelledby="touchpoints-title">
          <div class="panel-head">
            <h2 id="touchpoints-title">Touchpoints</h2>
            <p class="muted panel-note">A page belongs to the first touchpoint whose rule matches: put specific ones above broad ones</p>
          </div>
          {draft.touchpoints.length === 0 ? (
            <div class="tp-empty">
              <p>No touchpoints yet. Start from the pages most shops have, then adjust the rules to your URLs.</p>
              <div class="tp-empty-actions needs-member">
                <button type="button" class="button" onClick={() => setTouchpoints(shopTemplate())}>
                  Start with the usual shop pages
                </button>
                <button type="button" class="button button-quiet" onClick={() => addTouchpoint()}>
                  Start from scratch
                </button>
              </div>
            </div>
          ) : (
            <div class="tp-list">
              {draft.touchpoints.map((touchpoint, i) => (
                <TouchpointRow
                  key={touchpoint.id}
                  touchpoint={touchpoint}
                  position={i + 1}
                  count={draft.touchpoints.length}
                  stages={draft.stages}
                  invalid={invalidFields(problem, i)}
                  onChange={(next) => setTouchpoints(draft.touchpoints.map((t) => (t.id === next.id ? next : t)))}
                  onMove={(by) => setTouchpoints(moveItem(draft.touchpoints, i, by))}
                  onRemove={() => setTouchpoints(draft.touchpoints.filter((t) => t.id !== touchpoint.id))}
                />
              ))}
              <button type="button" class="button tp-add needs-member" onClick={() => addTouchpoint()}>
                + Add a touchpoint
              </button>
            </div>
          )}
        </section>

        <div class={(dirty ? 'tp-editor-actions is-dirty' : 'tp-editor-actions') + ' needs-member'}>
          {/* Next to the button that caused it, which stays in view while there are changes. */}
          {problem && (
            <ErrorNotice
              title="Could not save the touchpoints"
              error={new ApiError(problem.status, problem.code, problem.message, problem.issues.map((issue) => describeIssue(issue, draft)))}
            />
          )}
          <button type="submit" class="button button-primary" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save touchpoints'}
          </button>
          <button type="button" class="button button-quiet" disabled={saving || !dirty} onClick={() => edit(draftFromMap(savedMap))}>
            Discard changes
          </button>
          <p class="tp-editor-status" role="status">
            {status || (dirty ? 'Unsaved changes' : '')}
          </p>
        </div>
      </form>
      <aside class="tp-editor-aside">
        <PathTester draft={draft} />
        <UnmappedSuggestions siteKey={siteKey} draft={draft} onAdd={(path) => addTouchpoint(path)} />
      </aside>
    </div>
  );
}

/** The fields of touchpoint `index` the last save failed on ("name", "rules.0.value"), to mark them. */
function invalidFields(problem: ApiError | null, index: number): ReadonlySet<string> {
  return problem ? invalidFieldsOf(problem.issues, index) : new Set();
}
