import { useState } from 'preact/hooks';
import { touchpointForPath } from '../../../../shared/touchpointForPath.ts';
import { Field } from '../form/Field.tsx';
import type { MapDraft } from './touchpointDraft.ts';

/** "Which touchpoint is this page in?", answered from the map being edited, before it is saved. */
export function PathTester({ draft }: { draft: MapDraft }) {
  const [path, setPath] = useState('');
  const trimmed = path.trim();
  const found = trimmed.startsWith('/') ? touchpointForPath(draft.touchpoints, trimmed) : undefined;
  const stage = found && draft.stages.find((s) => s.key === found.stage);
  return (
    <section class="panel card" aria-labelledby="path-tester-title">
      <h2 id="path-tester-title">Check a page</h2>
      <Field id="path-tester" label="Page path" class="path-tester-field">
        <input
          id="path-tester"
          class="input tp-rule-value"
          value={path}
          placeholder="/product/trail-jacket"
          spellcheck={false}
          autoComplete="off"
          onInput={(e) => setPath(e.currentTarget.value)}
        />
      </Field>
      <p class="path-tester-answer" role="status">
        {!trimmed ? (
          <span class="muted">Type a path to see which touchpoint it belongs to.</span>
        ) : !trimmed.startsWith('/') ? (
          <span class="muted">A path starts with /.</span>
        ) : found ? (
          <>
            In <strong>{found.name.trim() || 'an unnamed touchpoint'}</strong>
            {stage && <span class="muted"> · {stage.name}</span>}
          </>
        ) : (
          <span>In no touchpoint: it shows under “Pages not in any touchpoint”.</span>
        )}
      </p>
    </section>
  );
}
