import { useState } from 'preact/hooks';

/**
 * Busy while an action runs, and what to show when it failed. With
 * `staysBusy` a success leaves it busy: the form is about to go (an editor
 * closing, a sign-in leaving the page) and must not take a second click.
 */
export function useSubmit<P>(problemOf: (error: unknown) => P, staysBusy = false) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<P | null>(null);
  /** True when the action succeeded. */
  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      if (!staysBusy) setBusy(false);
      return true;
    } catch (error) {
      setBusy(false);
      setProblem(problemOf(error));
      return false;
    }
  };
  return { busy, problem, setProblem, run };
}
