import { ApiError } from '../../api/ApiError.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { describeIssue, type MapDraft } from './touchpointDraft.ts';

interface Props {
  draft: MapDraft;
  dirty: boolean;
  saving: boolean;
  problem: ApiError | null;
  status: string;
  onDiscard: () => void;
}

/** Save and discard, with what happened last; it stays in view while there are changes. */
export function MapSaveBar({ draft, dirty, saving, problem, status, onDiscard }: Props) {
  return (
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
      <button type="button" class="button button-quiet" disabled={saving || !dirty} onClick={onDiscard}>
        Discard changes
      </button>
      <p class="tp-editor-status" role="status">
        {status || (dirty ? 'Unsaved changes' : '')}
      </p>
    </div>
  );
}
