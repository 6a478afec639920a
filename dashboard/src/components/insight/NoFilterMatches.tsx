import '../EmptyState.css';

interface Props {
  onClear: () => void;
  /** What there is none of, for views that count something else than responses. */
  what?: string;
}

/** Said instead of an empty chart when the filters leave nothing in the period. */
export function NoFilterMatches({ onClear, what = 'responses' }: Props) {
  return (
    <section class="panel card no-filter-matches" role="status">
      <p class="empty-note">
        <strong>No {what} match these filters</strong> in this period. Remove a filter or choose a longer range.
      </p>
      <p>
        <button type="button" class="button" onClick={onClear}>
          Clear filters
        </button>
      </p>
    </section>
  );
}
