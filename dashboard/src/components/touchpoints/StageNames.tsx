import { Field } from '../form/Field.tsx';
import type { MapDraft } from './touchpointDraft.ts';

interface Props {
  stages: MapDraft['stages'];
  onChange: (stages: MapDraft['stages']) => void;
}

/** The three stages' names, as the journey map heads its columns. */
export function StageNames({ stages, onChange }: Props) {
  return (
    <section class="panel card" aria-labelledby="stages-title">
      <div class="panel-head">
        <h2 id="stages-title">Stages</h2>
        <p class="muted panel-note">Left to right on the journey map; rename them to fit your business</p>
      </div>
      <div class="stage-names">
        {stages.map((stage, i) => (
          <Field id={`stage-${stage.key}`} label={<>Stage {i + 1} ({stage.key} purchase)</>} key={stage.key}>
            <input
              id={`stage-${stage.key}`}
              class="input"
              value={stage.name}
              maxLength={60}
              onInput={(e) => onChange(stages.map((s) => (s.key === stage.key ? { ...s, name: e.currentTarget.value } : s)))}
            />
          </Field>
        ))}
      </div>
    </section>
  );
}
