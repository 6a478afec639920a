import type { Device } from '../../../../shared/schemas/response.ts';
import { deviceLabel } from '../../format.ts';
import { DEVICES } from '../../state/devices.ts';
import { Field } from '../form/Field.tsx';
import { UrlRulesField } from '../journeys/UrlRulesField.tsx';
import { PairsField } from './PairsField.tsx';
import type { SurveyDraft } from './surveyDraft.ts';

type Targeting = Pick<SurveyDraft, 'pages' | 'excludePages' | 'devices' | 'visitor' | 'languages' | 'attributes' | 'samplePercent'>;

interface Props {
  draft: Targeting;
  onChange: (patch: Partial<Targeting>) => void;
}

/** Who may be asked: pages, devices, new or returning visitors, languages, attributes, and the share sampled. */
export function TargetingFields({ draft, onChange }: Props) {
  const toggleDevice = (device: Device, on: boolean) =>
    onChange({ devices: DEVICES.filter((d) => (d === device ? on : draft.devices.includes(d))) });
  return (
    <>
      <div>
        <p class="field-label">On pages</p>
        <UrlRulesField context="Pages" rules={draft.pages} addLabel="Add a page rule" emptyText="Every page." onChange={(pages) => onChange({ pages })} />
      </div>
      <div>
        <p class="field-label">Never on pages</p>
        <UrlRulesField
          context="Excluded pages"
          rules={draft.excludePages}
          addLabel="Add an excluded page"
          emptyText="None excluded."
          onChange={(excludePages) => onChange({ excludePages })}
        />
      </div>
      <div class="editor-grid">
        <fieldset class="band-choices">
          <legend class="field-label">Devices (none ticked: all)</legend>
          {DEVICES.map((device) => (
            <label key={device} class="check">
              <input type="checkbox" checked={draft.devices.includes(device)} onChange={(e) => toggleDevice(device, e.currentTarget.checked)} />
              {deviceLabel(device)}
            </label>
          ))}
        </fieldset>
        <Field id="survey-visitor" label="Visitors">
          <select id="survey-visitor" class="input" value={draft.visitor} onChange={(e) => onChange({ visitor: e.currentTarget.value as SurveyDraft['visitor'] })}>
            <option value="any">New and returning</option>
            <option value="new">New visitors only</option>
            <option value="returning">Returning visitors only</option>
          </select>
        </Field>
        <Field
          id="survey-languages"
          label="Page languages"
          help={
            <>
              Comma-separated, e.g. <code>en, zh</code> (“zh” also matches zh-CN).
            </>
          }
        >
          <input
            id="survey-languages"
            class="input mono"
            type="text"
            spellcheck={false}
            placeholder="every language"
            aria-describedby="survey-languages-help"
            value={draft.languages}
            onInput={(e) => onChange({ languages: e.currentTarget.value })}
          />
        </Field>
        <Field id="survey-sample" label="Share of eligible visitors asked (%)">
          <input id="survey-sample" class="input" type="number" min={0} max={100} step="any" value={draft.samplePercent} onInput={(e) => onChange({ samplePercent: e.currentTarget.value })} />
        </Field>
      </div>
      <div>
        <p class="field-label">Only visitors with these attributes</p>
        <p class="field-help muted">
          Set by the page with <code>touchpoint('identify', {'{'} plan: 'gold' {'}'})</code>.
        </p>
        <PairsField
          context="Attribute"
          pairs={draft.attributes}
          keyLabel="name"
          valueLabel="value"
          keyPlaceholder="plan"
          valuePlaceholder="gold"
          addLabel="Add an attribute"
          max={20}
          onChange={(attributes) => onChange({ attributes })}
        />
      </div>
    </>
  );
}
