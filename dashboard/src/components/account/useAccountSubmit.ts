import { ApiError } from '../../api/ApiError.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

/** An account form's submit: why it was refused is the server's message (or what `describe` makes of it), else `fallback`. */
export function useAccountSubmit(fallback: string, describe: (error: ApiError) => string = (error) => error.message) {
  return useSubmit((error) => (error instanceof ApiError ? describe(error) : fallback));
}
