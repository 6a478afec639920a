import { ApiError } from '../../api/ApiError.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

export interface EditorProblem {
  message: string;
  issues: string[];
}

interface Options<T> {
  /** What is edited, in the problem about a taken key: "journey", "survey". */
  noun: string;
  existing: boolean;
  /** The key as it would be saved, and the site's keys: a new item must not take one (PUT would replace it). */
  key: string;
  takenKeys: string[];
  /** "steps.1.key" → "Step 2, key": the server's issue paths in the editor's words. */
  describePath: (path: string) => string;
  save: () => Promise<T>;
  remove: () => Promise<void>;
  onSaved: (saved: T) => void;
  onDeleted: (key: string) => void;
}

/**
 * Save and delete for an editor on EditorShell, and what the shell shows of
 * them (spread onto it): busy while one runs, and what to show when it
 * failed, the server's message with its issues made readable. After a success
 * it stays busy: the page closes the editor.
 */
export function useEditorSave<T>(options: Options<T>) {
  const { noun, existing, key } = options;
  const { busy, problem, setProblem, run } = useSubmit<EditorProblem>(
    (error) =>
      error instanceof ApiError
        ? { message: error.message, issues: error.issues.map((issue) => readableIssue(issue, options.describePath)) }
        : { message: 'Something went wrong in the dashboard. Try again.', issues: [] },
    true,
  );

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!existing && options.takenKeys.includes(key)) {
      setProblem({ message: `There is already a ${noun} with the key “${key}”. Choose another key.`, issues: [] });
      return;
    }
    await run(async () => options.onSaved(await options.save()));
  };
  const onDelete = () =>
    run(async () => {
      await options.remove();
      options.onDeleted(key);
    });

  return { noun, existing, busy, problem, onSubmit, onDelete };
}

/** "steps.1.key: must be …" → "Step 2, key: must be …". */
function readableIssue(issue: string, describePath: (path: string) => string): string {
  const match = /^([\w.]+): (.*)$/.exec(issue);
  return match ? `${describePath(match[1]!)}: ${match[2]}` : issue;
}
