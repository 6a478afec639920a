import { useState } from 'preact/hooks';
import { ApiError } from '../../api/ApiError.ts';

export interface EditorProblem {
  message: string;
  issues: string[];
}

/**
 * Busy while a save or delete runs, and what to show when it failed: the
 * server's message with its issues made readable. After a success it stays
 * busy: the page closes the editor.
 */
export function useEditorSave(readableIssue: (issue: string) => string) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EditorProblem | null>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setBusy(false);
      setProblem(
        error instanceof ApiError
          ? { message: error.message, issues: error.issues.map(readableIssue) }
          : { message: 'Something went wrong in the dashboard. Try again.', issues: [] },
      );
    }
  };
  return { busy, problem, setProblem, run };
}
