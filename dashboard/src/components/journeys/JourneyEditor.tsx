import { useState } from 'preact/hooks';
import type { Journey } from '../../../../shared/schemas/journey.ts';
import { deleteJourney, saveJourney } from '../../api/journeysApi.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { NameKeyFields } from '../editor/NameKeyFields.tsx';
import { useEditorSave } from '../editor/useEditorSave.ts';
import { describeIssuePath, journeyFromDraft, type JourneyDraft } from './journeyDraft.ts';
import { JourneyReasons } from './JourneyReasons.tsx';
import { JourneySteps } from './JourneySteps.tsx';
import { UrlRulesField } from './UrlRulesField.tsx';
import './JourneyEditor.css';

interface Props {
  siteKey: string;
  initial: JourneyDraft;
  /** False for a new journey: its key can still be chosen. */
  existing: boolean;
  /** Keys of the site's declared journeys: a new one must not take one (PUT would replace it). */
  declaredKeys: string[];
  onSaved: (journey: Journey) => void;
  onDeleted: (key: string) => void;
  onCancel: () => void;
}

/**
 * Declares a journey without code: steps by page rules, what completes it, and
 * the reasons offered to "What stopped you?". Saved with PUT; the server checks
 * everything and its issues are shown next to the Save button.
 */
export function JourneyEditor({ siteKey, initial, existing, declaredKeys, onSaved, onDeleted, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<JourneyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const actions = useEditorSave({
    noun: 'journey',
    existing,
    key: draft.key.trim(),
    takenKeys: declaredKeys,
    describePath: describeIssuePath,
    save: () => saveJourney(siteKey, journeyFromDraft(draft)),
    remove: () => deleteJourney(siteKey, draft.key),
    onSaved,
    onDeleted,
  });

  return (
    <EditorShell
      name={initial.name}
      saveLabel="Save journey"
      deleteQuestion="Delete this journey? Its events and answers stay."
      onCancel={onCancel}
      {...actions}
    >
      <div class="editor-grid">
        <NameKeyFields
          idPrefix="journey"
          value={draft}
          existing={existing}
          keyHelp={
            existing
              ? 'The key names the journey in events and links; it cannot change.'
              : 'Lowercase letters, digits, - and _. Events and markup use it.'
          }
          onChange={set}
        />
      </div>

      <JourneySteps steps={draft.steps} onChange={(steps) => set({ steps })} />

      <fieldset class="editor-section">
        <legend>Completed when the shopper reaches</legend>
        <p class="muted section-help">A thank-you or confirmation page. A visit that gets here never counts as abandoning.</p>
        <UrlRulesField
          context="Completion"
          rules={draft.completeMatch}
          addLabel="Add a completion page"
          onChange={(completeMatch) => set({ completeMatch })}
        />
      </fieldset>

      <JourneyReasons reasons={draft.reasons} onChange={(reasons) => set({ reasons })} />
    </EditorShell>
  );
}

