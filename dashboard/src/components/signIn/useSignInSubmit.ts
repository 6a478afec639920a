import { useState } from 'preact/hooks';
import { ApiError } from '../../api/ApiError.ts';
import { returnPathAfterSignIn } from '../../navigation.ts';

/**
 * Both ways in end alike: busy while the server checks, then on to where the
 * visitor was headed, or the server's reason and the field to try again.
 */
export function useSignInSubmit() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (signIn: () => Promise<unknown>, onRefused: () => void) => {
    setBusy(true);
    setProblem(null);
    try {
      await signIn();
      location.assign(returnPathAfterSignIn(location.search));
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : 'Could not sign in. Try again.');
      onRefused();
    }
  };
  return { busy, problem, setProblem, submit };
}
