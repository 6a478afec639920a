import { useMemo, useState } from 'preact/hooks';
import type { TouchpointMap } from '../../../../shared/schemas/touchpoint.ts';
import { ApiError } from '../../api/ApiError.ts';
import { saveTouchpoints } from '../../api/insightApi.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { useLeaveWarning } from '../editor/useLeaveWarning.ts';
import { draftFromMap, nameFromPath, newDraft, toMapInput, type MapDraft } from './touchpointDraft.ts';

/**
 * The site's stages and touchpoints as edited, against what was last saved:
 * whether they differ, saving them together, and discarding the difference.
 */
export function useTouchpointMap(siteKey: string, initial: TouchpointMap) {
  const [draft, setDraft] = useState<MapDraft>(() => draftFromMap(initial));
  const [savedMap, setSavedMap] = useState<TouchpointMap>(initial);
  const saved = useMemo(() => JSON.stringify(toMapInput(draftFromMap(savedMap))), [savedMap]);
  const { busy: saving, problem, run } = useSubmit((error) =>
    error instanceof ApiError ? error : new ApiError(0, 'internal', 'Could not save. Try again.'),
  );
  const [status, setStatus] = useState('');
  const dirty = JSON.stringify(toMapInput(draft)) !== saved;
  useLeaveWarning(dirty);

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
    await run(async () => {
      const result = await saveTouchpoints(siteKey, toMapInput(draft));
      setDraft(draftFromMap(result));
      setSavedMap(result);
      setStatus('Saved. The journey map and fix first now use these touchpoints.');
    });
  };

  return {
    draft,
    dirty,
    saving,
    problem,
    status,
    edit,
    setTouchpoints,
    addTouchpoint,
    save,
    discard: () => edit(draftFromMap(savedMap)),
  };
}
