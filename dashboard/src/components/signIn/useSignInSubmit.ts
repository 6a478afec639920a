import { ApiError } from '../../api/ApiError.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { returnPathAfterSignIn } from '../../navigation.ts';

/**
 * Both ways in end alike: busy while the server checks, then on to where the
 * visitor was headed, or the server's reason and the field to try again.
 */
export function useSignInSubmit() {
  const { busy, problem, setProblem, run } = useSubmit(
    (error) => (error instanceof ApiError ? error.message : 'Could not sign in. Try again.'),
    true,
  );
  const submit = async (signIn: () => Promise<unknown>, onRefused: () => void) => {
    const signedIn = await run(async () => {
      await signIn();
      location.assign(returnPathAfterSignIn(location.search));
    });
    if (!signedIn) onRefused();
  };
  return { busy, problem, setProblem, submit };
}
