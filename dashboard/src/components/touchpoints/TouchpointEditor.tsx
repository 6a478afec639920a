import type { TouchpointMap } from '../../../../shared/schemas/touchpoint.ts';
import { MapSaveBar } from './MapSaveBar.tsx';
import { PathTester } from './PathTester.tsx';
import { StageNames } from './StageNames.tsx';
import { TouchpointList } from './TouchpointList.tsx';
import { UnmappedSuggestions } from './UnmappedSuggestions.tsx';
import { useTouchpointMap } from './useTouchpointMap.ts';
import './TouchpointEditor.css';

/** The stages' names and the touchpoints in order, saved together; unsaved changes are kept until saved or discarded. */
export function TouchpointEditor({ siteKey, initial }: { siteKey: string; initial: TouchpointMap }) {
  const map = useTouchpointMap(siteKey, initial);
  const { draft } = map;
  return (
    <div class="tp-editor-layout">
      <form class="tp-editor" onSubmit={map.save} noValidate aria-label="Touchpoints and stages">
        <StageNames stages={draft.stages} onChange={(stages) => map.edit({ ...draft, stages })} />
        <TouchpointList draft={draft} problem={map.problem} onChange={map.setTouchpoints} onAdd={() => map.addTouchpoint()} />
        <MapSaveBar
          draft={draft}
          dirty={map.dirty}
          saving={map.saving}
          problem={map.problem}
          status={map.status}
          onDiscard={map.discard}
        />
      </form>
      <aside class="tp-editor-aside">
        <PathTester draft={draft} />
        <UnmappedSuggestions siteKey={siteKey} draft={draft} onAdd={(path) => map.addTouchpoint(path)} />
      </aside>
    </div>
  );
}
