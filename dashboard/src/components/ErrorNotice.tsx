import type { ApiError } from '../api/ApiError.ts';
import './ErrorNotice.css';

interface Props {
  title?: string;
  error: ApiError;
  onRetry?: () => void;
}

/** A failed request, said plainly, with a way to try again. */
export function ErrorNotice({ title = 'Something went wrong', error, onRetry }: Props) {
  return (
    <div class="error-notice" role="alert">
      <div>
        <p class="error-notice-title">{title}</p>
        <p>{error.message}</p>
        {error.issues.length > 0 && (
          <ul class="error-notice-issues">
            {error.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
      </div>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
