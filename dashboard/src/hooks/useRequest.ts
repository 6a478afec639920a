import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/ApiError.ts';

export interface RequestState<T> {
  /** The latest successful answer; kept while a newer request runs so the page does not flash empty. */
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/**
 * Runs `load` whenever `deps` change, cancelling the previous run so a slow
 * answer for an old date range can never overwrite a newer one.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): RequestState<T> & { retry: () => void } {
  const [state, setState] = useState<RequestState<T>>({ loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ data: previous.data, error: asApiError(error), loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `deps` says when it really changed.
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError(0, 'internal', 'Something went wrong in the dashboard. Reload the page to try again.');
}
