import type { Survey } from '../../../../shared/schemas/survey.ts';
import { listJourneys } from '../../api/journeysApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import type { SurveyDraft } from './surveyDraft.ts';
import { SurveyEditor } from './SurveyEditor.tsx';

/** The survey being edited, and whether it is saved already. */
export interface Editing {
  draft: SurveyDraft;
  existing: boolean;
}

/** The editor, once the site's journeys are known (offered to the "journey completed" trigger). */
export function EditorWithJourneys(props: {
  siteKey: string;
  editing: Editing;
  takenKeys: string[];
  onSaved: (survey: Survey) => void;
  onDeleted: (key: string) => void;
  onCancel: () => void;
}) {
  const journeys = useRequest((signal) => listJourneys(props.siteKey, signal), [props.siteKey]);
  const keys = journeys.data ? [...journeys.data.journeys.map((j) => j.key), ...journeys.data.undeclared] : [];
  return (
    <SurveyEditor
      siteKey={props.siteKey}
      initial={props.editing.draft}
      existing={props.editing.existing}
      takenKeys={props.takenKeys}
      journeys={keys}
      onSaved={props.onSaved}
      onDeleted={props.onDeleted}
      onCancel={props.onCancel}
    />
  );
}
